import { http, HttpResponse } from 'msw'
import { faultSettings } from '../../api/contracts/simulation'
import type { FaultInjector } from '../http/faults'
import { errorResponse, parseJsonBody } from '../http/responses'

/**
 * Every path below the API's root, for the two handlers that take all of them. In a page the root is
 * `api/` next to the page, not any `…/api/…`: the dev server serves source modules from folders named
 * api (src/api/, src/apps/rotation-cockpit/api/), and an app's lazy chunk that imports one after the
 * backend started got this 404 and showed the error screen (issue 13, finding 9). In Node (unit
 * tests) requests go to any origin.
 */
function everyApiPath(): string {
  return typeof document === 'undefined' ? '*/api/*' : new URL('api/*', document.baseURI).href
}

/** GET/PUT /api/simulation/faults: the Simulation settings dialog reads and sets the faults. */
export function faultHandlers(faults: FaultInjector) {
  return [
    http.get('*/api/simulation/faults', () => HttpResponse.json(faults.current)),
    http.put('*/api/simulation/faults', async ({ request }) => {
      const body = await parseJsonBody(request, faultSettings)
      if (!body.ok) return body.response
      faults.set(body.value)
      return HttpResponse.json(faults.current)
    }),
  ]
}

/**
 * Goes first: applies latency and failures to every API request, then lets it through to the
 * resource handlers (a resolver that returns nothing falls through in MSW). The simulation
 * endpoints are spared: they are the way out of a failure (switch faults off, reset).
 */
export function faultGate(faults: FaultInjector) {
  return http.all(everyApiPath(), async ({ request }) => {
    if (new URL(request.url).pathname.includes('/api/simulation/')) return undefined
    return faults.apply(request)
  })
}

/** Goes last: an API path nobody handles is a JSON 404, not the static server's index.html. */
export function unknownRoute() {
  return http.all(everyApiPath(), ({ request }) => {
    const { pathname } = new URL(request.url)
    return errorResponse(404, 'NotFound', `There is no API resource ${request.method} ${pathname}.`)
  })
}
