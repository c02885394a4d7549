import { queryOptions } from '@tanstack/react-query'
import type { ReadinessReport } from './contracts/rotation'
import { requestJson } from './http-client'
import { queryKeys } from './query-keys'

/** The overlap and every certificate-based outbound user's readiness, today's and predicted outcome. */
export const readinessQuery = () =>
  queryOptions({
    queryKey: queryKeys.readiness,
    queryFn: async ({ signal }) =>
      (await requestJson<ReadinessReport>('rotation/readiness', { signal })).data,
  })
