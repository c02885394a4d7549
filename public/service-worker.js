/* global self, importScripts, URL, URLPattern */

// The page's service worker: MSW's worker (mockServiceWorker.js, exactly as `msw init` writes it),
// which answers the API from the simulated backend in the page (src/mocks/browser.ts), with one
// addition in front of it. MSW's worker sees every request of the page it controls and, once the page
// has started mocking, asks the page about each one — scripts, styles, fonts — before it fetches
// it itself: a round trip through the page's busy main thread for every file a screen loads.
// Nothing but the API is ever answered by the backend, so nothing else goes to this worker:
// docs/performance.md, "Session 9: where a warm load goes".

const apiPath = new URL('api', self.registration.scope).pathname

/** The API: `<scope>api` and everything below `<scope>api/`, as the handlers match it. */
function isApi(url) {
  const { origin, pathname } = new URL(url)
  return (
    origin === self.location.origin && (pathname === apiPath || pathname.startsWith(`${apiPath}/`))
  )
}

// Where the browser can route requests itself (Chromium 123+, the Static Routing API), everything
// but the API goes straight to the network and the HTTP cache, without starting or waking this
// worker, and so do page loads (MSW's worker lets them through anyway). A browser that cannot is
// served by the listener below.
self.addEventListener('install', (event) => {
  if (typeof event.addRoutes !== 'function' || typeof URLPattern !== 'function') return
  const api = new URLPattern({ pathname: `${apiPath}{/*}?`, baseURL: self.registration.scope })
  event.waitUntil(
    event
      .addRoutes([
        { condition: { requestMode: 'navigate' }, source: 'network' },
        { condition: { not: { urlPattern: api } }, source: 'network' },
      ])
      .catch(() => undefined),
  )
})

// Registered before MSW's own listener, so a request that is not the API never reaches it: without
// a respondWith the browser fetches the request itself, as if there were no worker.
self.addEventListener('fetch', (event) => {
  if (!isApi(event.request.url)) event.stopImmediatePropagation()
})

importScripts('./mockServiceWorker.js')
