import { queryOptions, type QueryKey } from '@tanstack/react-query'
import type { ReadinessReport } from '../../../api/contracts/rotation'
import { requestJson } from '../../../api/http-client'
import { queryKeys } from '../../../api/query-keys'

// The backend branch offers GET /api/rotation/readiness but no client module for it yet: this one
// lives with the cockpit, its only reader, under the shared `readiness` key root.

/** The overlap and the readiness of every certificate-based outbound user, as the backend computes it. */
export const readinessQuery = () =>
  queryOptions({
    // Widened to QueryKey so the launchpad tile (typed for any app's figure) can take it as is.
    queryKey: queryKeys.readiness as QueryKey,
    queryFn: async ({ signal }) =>
      (await requestJson<ReadinessReport>('rotation/readiness', { signal })).data,
  })

/** Users that need nothing more: Done during the overlap, OK outside it. */
export function readyCount(report: ReadinessReport): number {
  return (report.counts.Done ?? 0) + (report.counts.OK ?? 0)
}
