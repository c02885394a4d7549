import { z } from 'zod'
import { connectionOutcome, isoDate, phase, readinessStatus } from './common'

export const readinessRow = z.object({
  systemId: z.string(),
  systemName: z.string(),
  userId: z.string(),
  userName: z.string(),
  host: z.string(),
  certificateId: z.string(),
  certificateDescription: z.string(),
  readiness: readinessStatus,
  today: connectionOutcome,
  afterRotation: connectionOutcome,
})
export type ReadinessRow = z.infer<typeof readinessRow>

export const readinessReport = z.object({
  phase,
  issuanceDate: isoDate,
  rotationDate: isoDate,
  counts: z.record(readinessStatus, z.number()),
  rows: z.array(readinessRow),
})
export type ReadinessReport = z.infer<typeof readinessReport>
