import { z } from './zod'
import { changeRecord, isoDate, phase } from './common'

export const clock = z.object({
  today: isoDate,
  phase,
  nextEvent: z.object({ type: z.enum(['Issuance', 'Rotation']), date: isoDate }),
  daysUntilNextEvent: z.number().int(),
  /** The current overlap, or the next one when the phase is Stable. */
  overlap: z.object({ issuanceDate: isoDate, rotationDate: isoDate }),
  daysUntilRotation: z.number().int(),
})
export type Clock = z.infer<typeof clock>

/** Exactly one way to say where to go: a date, a number of days, or the next event. */
export const advanceClockRequest = z.union([
  z.object({ to: isoDate }).strict(),
  z.object({ days: z.number().int().min(0).max(73_000) }).strict(),
  z.object({ nextEvent: z.literal(true) }).strict(),
])
export type AdvanceClockRequest = z.infer<typeof advanceClockRequest>

/** What a clock move did, counted for the summary the shell shows after time travel. */
export const advanceSummary = z.object({
  certificatesIssued: z.number(),
  certificatesRemoved: z.number(),
  /** Distinct outbound users SAP migrated (a user moved at several rotations counts once). */
  usersMigrated: z.number(),
  /** SAP's migration records the move wrote: one per user and rotation (listed by GET /api/events). */
  migrationRecords: z.number(),
  /** Certificate-based outbound users whose connection fails on the new date. */
  connectionsFailing: z.number(),
})

export const advanceClockResponse = z.object({
  clock,
  /** The move's change records, except SAP's per-user migration records (counted in the summary). */
  records: z.array(changeRecord),
  summary: advanceSummary,
})
export type AdvanceClockResponse = z.infer<typeof advanceClockResponse>
