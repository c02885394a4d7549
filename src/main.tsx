import { QueryClientProvider } from '@tanstack/react-query'
import { ThemeProvider } from '@ui5/webcomponents-react'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import { appRegistry } from './app-registry'
import { startMockBackend } from './mocks/browser'
import { createAppRouter } from './router'
import { AppErrorBoundary } from './ui/errors/app-error-boundary'
import './ui/offline-assets'
import { createQueryClient } from './ui/query-client'
import { applyStoredTheme } from './ui/theme/apply-theme'

// Before UI5 boots, so the first paint is already in the remembered theme (no light flash).
void applyStoredTheme()

// The simulated SAP backend must answer before the first screen asks it anything.
await startMockBackend()

const router = createAppRouter(appRegistry)
const queryClient = createQueryClient()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ThemeProvider>
      <AppErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AppErrorBoundary>
    </ThemeProvider>
  </StrictMode>,
)
