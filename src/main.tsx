import { QueryClientProvider } from '@tanstack/react-query'
import { ThemeProvider } from '@ui5/webcomponents-react'
import { StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import { appRegistry } from './app-registry'
import { isInstructorPage, servedByLabServer } from './api/backend-host'
import { holdRequestsUntil } from './api/http-client'
import { openServedLink } from './api/served-link'
import { announceBackendReadiness } from './backend-readiness'
import { createInstructorRouter } from './instructor-router'
import { createAppRouter } from './router'
import { AppErrorBoundary } from './ui/errors/app-error-boundary'
import { applyStartLanguage } from './ui/i18n/apply-language'
import { LanguageProvider } from './ui/i18n/language-context'
import './ui/offline-assets'
import { createQueryClient } from './ui/query-client'
import { applyStoredTheme } from './ui/theme/apply-theme'

// Before UI5 boots, so the first paint is already in the remembered theme (no light flash).
void applyStoredTheme()

// The simulated SAP backend (MSW, the engine, the stored simulation) is loaded and started beside
// the first render, the way a real backend would be running already: the ShellBar and tiles show
// while it starts, and every request waits for it (URL parameters such as ?scenario= included).
// Scripts wait for window.rotationLab.ready or <html data-backend="ready"> (docs/demos.md).
// Served by the lab server (`npm run serve`), the page's API is the server's: no backend starts here,
// and a ?scenario=&date= link is handed to the landscape before the app's first request.
const backendStarted = servedByLabServer()
  ? isInstructorPage()
    ? Promise.resolve()
    : openServedLink()
  : import('./mocks/browser').then(({ startMockBackend }) => startMockBackend())
holdRequestsUntil(backendStarted)
announceBackendReadiness(backendStarted)

// The first screen must not show in English for a moment when German was chosen.
const language = await applyStartLanguage()

// The lab server's instructor page is the same build with a screen of its own (src/instructor-router.tsx).
const router = isInstructorPage() ? createInstructorRouter() : createAppRouter(appRegistry)
const queryClient = createQueryClient()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ThemeProvider>
      <LanguageProvider initial={language}>
        <AppErrorBoundary>
          <QueryClientProvider client={queryClient}>
            {/* Waits for the texts of an app opened for the first time in a language other than English. */}
            <Suspense>
              <RouterProvider router={router} />
            </Suspense>
          </QueryClientProvider>
        </AppErrorBoundary>
      </LanguageProvider>
    </ThemeProvider>
  </StrictMode>,
)
