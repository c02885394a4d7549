import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'

/**
 * Starts the simulated SAP backend in a service worker. It runs in development and in the
 * production build alike: for Rotation Lab the mock backend *is* the backend.
 */
export async function startMockBackend() {
  const worker = setupWorker(...handlers)
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    // Everything that is not the API (scripts, fonts, styles) goes to the static server untouched.
    onUnhandledRequest: 'bypass',
    quiet: import.meta.env.PROD,
  })
}
