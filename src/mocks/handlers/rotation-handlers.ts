import { http, HttpResponse } from 'msw'
import type { SimulatedBackend } from '../backend/simulated-backend'
import { route } from '../http/route'
import { readinessView } from '../views/readiness-view'

/** GET /api/rotation/readiness: the overlap and every certificate-based outbound user's readiness. */
export function rotationHandlers(backend: SimulatedBackend) {
  return [
    http.get(
      '*/api/rotation/readiness',
      route(async () => HttpResponse.json(readinessView((await backend.read()).state))),
    ),
  ]
}
