import { z } from 'zod'
import { connectionReason, connectionStatus, isoDate } from './common'

export const trustedCertificate = z.object({
  fingerprintSha256: z.string(),
  subject: z.string(),
  serialNumber: z.string(),
  validFrom: isoDate,
  validTo: isoDate,
  uploadedOn: isoDate,
  /** Which Rotation Lab certificate this is, when it is one (e.g. Client Default). */
  matches: z.object({ id: z.string(), description: z.string() }).optional(),
})

export const connectionAttempt = z.object({
  date: isoDate,
  systemId: z.string(),
  userId: z.string(),
  userName: z.string(),
  certificateId: z.string(),
  fingerprintSha256: z.string().nullable(),
  status: connectionStatus,
  reason: connectionReason,
})

export const externalSystem = z.object({
  host: z.string(),
  name: z.string().optional(),
  capacity: z.enum(['multiple', 'single']),
  rejectionCode: z.union([z.literal(401), z.literal(403)]),
  trustStore: z.array(trustedCertificate),
  connectionLog: z.array(connectionAttempt),
  /** Communication systems whose Host Name is this host. */
  systems: z.array(z.object({ systemId: z.string(), systemName: z.string() })),
})
export type ExternalSystem = z.infer<typeof externalSystem>

export const externalSystemList = z.object({ items: z.array(externalSystem) })

export const updateExternalSystemRequest = z
  .object({
    capacity: z.enum(['multiple', 'single']),
    rejectionCode: z.union([z.literal(401), z.literal(403)], { message: 'The rejection code is 401 or 403.' }),
  })
  .partial()
  .strict()
