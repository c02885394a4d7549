import { ShellBar, ThemeProvider } from '@ui5/webcomponents-react'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// The same offline setup as the app (bundled "72" font, local CLDR): without it the bare page would
// reach for SAP's CDN, and any UI5 app that must work behind a firewall pays for it too.
import '../../../src/ui/offline-assets'

/**
 * The yardstick of `npm run bench:web`: React, UI5's ThemeProvider and a ShellBar, nothing else.
 * Whatever the app costs beyond this is what Rotation Lab itself adds.
 */
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ThemeProvider>
      <ShellBar primaryTitle="Bare ShellBar" secondaryTitle="Benchmark yardstick" />
    </ThemeProvider>
  </StrictMode>,
)
