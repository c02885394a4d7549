import { http, HttpResponse } from 'msw'
import type { SystemChanges } from '../../api/contracts/communication-systems'
import { eventsParams, type EventsPage } from '../../api/contracts/events'
import { queryChanges } from '../../domain/change-records'
import { findSystem } from '../../domain/lookup'
import type { SimulatedBackend } from '../backend/simulated-backend'
import { domainErrorResponse } from '../http/domain-errors'
import { parseQuery } from '../http/responses'
import { route } from '../http/route'

/** The audit log (GET /api/events) and one system's change documents. */
export function changeHandlers(backend: SimulatedBackend) {
  return [
    http.get(
      '*/api/events',
      route(async ({ request }) => {
        const query = parseQuery(request, eventsParams)
        if (!query.ok) return query.response
        const { offset, limit, systemId, actor, category } = query.value
        const { changeLog } = await backend.read()
        const { items, total } = queryChanges(
          changeLog,
          { systemId, actor, category },
          offset,
          limit,
        )
        const body: EventsPage = { items, total, offset, limit }
        return HttpResponse.json(body)
      }),
    ),
    http.get(
      '*/api/communication-systems/:systemId/changes',
      route(async ({ params }) => {
        const systemId = String(params.systemId)
        const { state, changeLog } = await backend.read()
        const found = findSystem(state, systemId)
        if (!found.ok) return domainErrorResponse(found.error)
        const { items } = queryChanges(changeLog, { systemId })
        return HttpResponse.json({ items } satisfies SystemChanges)
      }),
    ),
  ]
}
