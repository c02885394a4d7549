import { http, HttpResponse } from 'msw'
import type { SystemChanges } from '../../api/contracts/communication-systems'
import { eventsParams, type EventsPage } from '../../api/contracts/events'
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
        const matching = changeLog.filter(
          (record) =>
            (!systemId || record.systemId === systemId) &&
            (!actor || record.actor === actor) &&
            (!category || record.category === category),
        )
        // The log is kept oldest first; the newest page is counted from the end.
        const end = matching.length - offset
        const items = matching.slice(Math.max(0, end - limit), Math.max(0, end)).reverse()
        const body: EventsPage = { items, total: matching.length, offset, limit }
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
        const items = changeLog.filter((record) => record.systemId === systemId).reverse()
        return HttpResponse.json({ items } satisfies SystemChanges)
      }),
    ),
  ]
}
