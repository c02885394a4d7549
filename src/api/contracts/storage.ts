import { z } from './zod'
import { isoDate } from './common'

/** GET /api/simulation/storage: what the saved simulation holds, and the browser's room for it. */
export const storageSummary = z.object({
  /** Entries of the change log (a migration batch counts once, however many users it moved). */
  changeRecords: z.number().int(),
  oldestChangeDate: isoDate.nullable(),
  /** The simulated today: clearing records before it is allowed, after it is not. */
  today: isoDate,
  /** The browser's own estimate for this origin, when it gives one (navigator.storage.estimate). */
  usageBytes: z.number().nullable(),
  quotaBytes: z.number().nullable(),
})
export type StorageSummary = z.infer<typeof storageSummary>

/** POST /api/simulation/storage/clear-change-records: removes every change record dated before `before`. */
export const clearChangeRecordsRequest = z.object({ before: isoDate }).strict()
export type ClearChangeRecordsRequest = z.infer<typeof clearChangeRecordsRequest>

export const clearChangeRecordsResponse = z.object({
  removed: z.number().int(),
  kept: z.number().int(),
})
export type ClearChangeRecordsResponse = z.infer<typeof clearChangeRecordsResponse>
