import { z } from './zod'
import { certificateRole } from './client-certificates'
import { connectionOutcome, isoDate, phase, predictedOutcome, readinessStatus } from './common'

export const readinessRow = z.object({
  systemId: z.string(),
  systemName: z.string(),
  userId: z.string(),
  userName: z.string(),
  host: z.string(),
  certificateId: z.string(),
  certificateDescription: z.string(),
  certificateRole,
  readiness: readinessStatus,
  today: connectionOutcome,
  afterRotation: predictedOutcome,
  /** The communication arrangements that use this outbound user, by name (the worklist groups by them). */
  arrangements: z.array(z.string()),
  /** A customer certificate the user presents expires within 60 days: the default rotation will not renew it. */
  warning: z
    .object({
      code: z.enum(['customer-certificate-expires-soon']),
      date: isoDate,
      daysLeft: z.number(),
      message: z.string(),
    })
    .optional(),
})
export type ReadinessRow = z.infer<typeof readinessRow>

/** The current overlap (or the next one when Stable) and every certificate-based outbound user. */
export const readinessReport = z.object({
  today: isoDate,
  phase,
  issuanceDate: isoDate,
  rotationDate: isoDate,
  counts: z.record(readinessStatus, z.number()),
  rows: z.array(readinessRow),
})
export type ReadinessReport = z.infer<typeof readinessReport>
