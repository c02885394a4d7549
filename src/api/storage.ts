import { queryOptions } from '@tanstack/react-query'
import type { ClearChangeRecordsResponse, StorageSummary } from './contracts/storage'
import { requestJson } from './http-client'
import { queryKeys } from './query-keys'

/** What the saved simulation holds, and how much room the browser gives it. */
export const storageQuery = () =>
  queryOptions({
    queryKey: [...queryKeys.all, 'simulation', 'storage'] as const,
    queryFn: async ({ signal }) =>
      (await requestJson<StorageSummary>('simulation/storage', { signal })).data,
  })

/** Removes the change records dated before `before`; the caller invalidates `queryKeys.all`. */
export async function clearChangeRecords(before: string) {
  return (
    await requestJson<ClearChangeRecordsResponse>('simulation/storage/clear-change-records', {
      method: 'POST',
      body: { before },
    })
  ).data
}
