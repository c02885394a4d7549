import type { Connect, Plugin } from 'vite'
import type { ErrorBody } from '../../src/api/api-error'

// Rotation Lab's API is answered inside the page, by the simulated backend in a service worker
// (src/mocks/browser.ts). Its last handler answers every unknown `api/` path with a JSON 404, so an
// `api/` request that reaches the dev or preview server is one the page's backend did not see: it
// had not started yet (the shell renders first), or the request came from outside a page (curl).
// The server cannot tell which paths exist, so it answers every such request alike, 503
// `BackendStarting` (retry once the page is ready) — never index.html with 200, which a script
// would take for an answer. A static host (GitHub Pages) still cannot do this: docs/demos.md.

const retryAfterSeconds = 1

export const backendStartingBody: ErrorBody = {
  error: {
    code: 'BackendStarting',
    message:
      "Rotation Lab's API is answered by the simulated backend inside the app's page, which has not " +
      'started for this request. Send it from the page once window.rotationLab.ready has resolved ' +
      '(or <html data-backend="ready">); this server only serves the files of the app.',
    details: [],
  },
}

/** True for `<base>api` and anything below `<base>api/`, with or without a query string. */
export function isApiPath(url: string, basePath: string): boolean {
  const pathname = url.split(/[?#]/, 1)[0] ?? ''
  const api = `${basePath}api`
  return pathname === api || pathname.startsWith(`${api}/`)
}

function answerApiRequests(basePath: () => string): Connect.NextHandleFunction {
  return (request, response, next) => {
    if (!isApiPath(request.url ?? '', basePath())) return next()
    response.statusCode = 503
    response.setHeader('Content-Type', 'application/json; charset=utf-8')
    response.setHeader('Retry-After', String(retryAfterSeconds))
    response.setHeader('Cache-Control', 'no-store')
    response.end(JSON.stringify(backendStartingBody))
  }
}

/** The dev and preview servers answer `api/` requests with JSON 503 `BackendStarting`, never HTML. */
export function apiOutsideBackend(): Plugin {
  // A relative base (the build's './') is served from the root by `vite` and `vite preview`.
  let basePath = '/'
  const middleware = answerApiRequests(() => basePath)
  return {
    name: 'rotation-lab:api-outside-backend',
    configResolved(config) {
      basePath = config.base.startsWith('/') ? config.base : '/'
    },
    // Added directly (not returned as a post hook), so they run before Vite's SPA fallback.
    configureServer(server) {
      server.middlewares.use(middleware)
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware)
    },
  }
}
