import { http, HttpResponse } from 'msw'
import { advanceClockRequest } from '../../api/contracts/clock'
import { addDays, nextEvent } from '../../domain/calendar'
import { advanceClockTo } from '../backend/apply-command'
import type { SimulatedBackend } from '../backend/simulated-backend'
import { domainErrorResponse } from '../http/domain-errors'
import { parseJsonBody } from '../http/responses'
import { route } from '../http/route'
import { advanceRecords, advanceSummary, clockView } from '../views/clock-view'
import { changedSystem } from './changed-system'

/** GET /api/clock and POST /api/clock/advance. */
export function clockHandlers(backend: SimulatedBackend) {
  return [
    http.get(
      '*/api/clock',
      route(async () => HttpResponse.json(clockView((await backend.read()).state))),
    ),
    http.post(
      '*/api/clock/advance',
      route(async ({ request }) => {
        const body = await parseJsonBody(request, advanceClockRequest)
        if (!body.ok) return body.response
        return backend.update(async (system) => {
          const today = system.state.today
          const to =
            'to' in body.value
              ? body.value.to
              : 'days' in body.value
                ? addDays(today, body.value.days)
                : nextEvent(today).date
          const applied = await advanceClockTo(system, to)
          if (!applied.ok) return { result: domainErrorResponse(applied.error) }
          const { state, records } = applied.transition
          return {
            next: changedSystem(system, applied.system),
            result: HttpResponse.json({
              clock: clockView(state),
              records: advanceRecords(records),
              summary: advanceSummary(system.state, state, records),
            }),
          }
        })
      }),
    ),
  ]
}
