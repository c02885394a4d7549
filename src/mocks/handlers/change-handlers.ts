import { http, HttpResponse } from 'msw'
import type { SystemChanges } from '../../api/contracts/communication-systems'
import { eventsParams, type EventsPage } from '../../api/contracts/events'
import { checkChangeFilter, queryChanges } from '../../domain/change-records'
import { findSystem } from '../../domain/lookup'
import type { SimulatedBackend } from '../backend/simulated-backend'
import { domainErrorResponse } from '../http/domain-errors'
import { parseQuery } from '../http/responses'
import { route } from '../http/route'

/** The change log (GET /api/events, Display Changes' filters) and one system's change documents. */
export function changeHandlers(backend: SimulatedBackend) {
  return [
    http.get(
      '*/api/events',
      route(async ({ request }) => {
        const query = parseQuery(request, eventsParams, ['category'])
        if (!query.ok) return query.response
        const { offset, limit, systemId, actor, category, from, to } = query.value
        const filter = checkChangeFilter({ systemId, actor, categories: category, from, to })
        if (!filter.ok) return domainErrorResponse(filter.error)
        const { changeLog } = await backend.read()
        const { items, total } = queryChanges(changeLog, filter.value, offset, limit)
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
