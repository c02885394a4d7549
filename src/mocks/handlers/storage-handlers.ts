import { http, HttpResponse } from 'msw'
import {
  clearChangeRecordsRequest,
  type ClearChangeRecordsResponse,
  type StorageSummary,
} from '../../api/contracts/storage'
import { compareDates, isValidIsoDate } from '../../domain/calendar'
import type { SimulatedBackend } from '../backend/simulated-backend'
import { errorResponse, parseJsonBody } from '../http/responses'
import { route } from '../http/route'

/**
 * GET /api/simulation/storage and POST /api/simulation/storage/clear-change-records: what the saved
 * simulation holds, and the way to make room when the browser has none left (the change log is what
 * grows without end: every clock move over a rotation adds to it).
 */
export function storageHandlers(backend: SimulatedBackend) {
  return [
    http.get(
      '*/api/simulation/storage',
      route(async () => {
        const { state, changeLog } = await backend.read()
        const estimate = await storageEstimate()
        const body: StorageSummary = {
          changeRecords: changeLog.length,
          oldestChangeDate: changeLog[0]?.date ?? null,
          today: state.today,
          usageBytes: estimate?.usage ?? null,
          quotaBytes: estimate?.quota ?? null,
        }
        return HttpResponse.json(body)
      }),
    ),
    http.post(
      '*/api/simulation/storage/clear-change-records',
      route(async ({ request }) => {
        const body = await parseJsonBody(request, clearChangeRecordsRequest)
        if (!body.ok) return body.response
        const { before } = body.value
        if (!isValidIsoDate(before)) {
          const message = `${before} is not a date of the calendar.`
          return errorResponse(400, 'InvalidDate', message, [{ field: 'before', message }])
        }
        return backend.update((system) => {
          if (compareDates(before, system.state.today) > 0) {
            const message = `Choose a date on or before the simulated today, ${system.state.today}: records of days still to come cannot be cleared.`
            return {
              result: errorResponse(400, 'DateInFuture', message, [{ field: 'before', message }]),
            }
          }
          // The log is oldest first: the records to keep are one run at its end.
          const firstKept = system.changeLog.findIndex(
            (entry) => compareDates(entry.date, before) >= 0,
          )
          const kept = firstKept < 0 ? [] : system.changeLog.slice(firstKept)
          const removed = system.changeLog.length - kept.length
          const result = HttpResponse.json({
            removed,
            kept: kept.length,
          } satisfies ClearChangeRecordsResponse)
          // Nothing to clear saves nothing (no new revision, no notice to other tabs).
          return removed === 0 ? { result } : { next: { ...system, changeLog: kept }, result }
        })
      }),
    ),
  ]
}

/** The browser's estimate of this origin's storage; none in Node or where the API is missing. */
async function storageEstimate(): Promise<StorageEstimate | undefined> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  if (!storage?.estimate) return undefined
  return storage.estimate().catch(() => undefined)
}
