import { queryOptions } from '@tanstack/react-query'
import type { AdvanceClockRequest, AdvanceClockResponse, Clock } from './contracts/clock'
import { requestJson } from './http-client'
import { queryKeys } from './query-keys'

/** The simulated calendar: today, the phase and the next issuance or rotation. */
export const clockQuery = () =>
  queryOptions({
    queryKey: queryKeys.clock,
    queryFn: async ({ signal }) => (await requestJson<Clock>('clock', { signal })).data,
  })

/** Moves the simulated clock forward; the caller invalidates `queryKeys.all` afterwards. */
export async function advanceClock(request: AdvanceClockRequest): Promise<AdvanceClockResponse> {
  return (await requestJson<AdvanceClockResponse>('clock/advance', { method: 'POST', body: request })).data
}
