import { z } from './zod'
import { connectionReason, connectionStatus, isoDate, outcomeDetail, trustMode } from './common'
import { safeText } from './safe-text'

export const capacity = z.enum(['multiple', 'single'])
export const rejectionCode = z.union([z.literal(401), z.literal(403)], {
  message: 'The rejection code is 401 or 403.',
})

export const trustedCertificate = z.object({
  fingerprintSha256: z.string(),
  subject: z.string(),
  serialNumber: z.string(),
  validFrom: isoDate,
  validTo: isoDate,
  uploadedOn: isoDate,
  /** A CA certificate (e.g. SAP Cloud Root CA): it counts only while the external system trusts issuers. */
  isCa: z.boolean(),
  /** Which Rotation Lab certificate this is, when it is one (e.g. Client Default); `removed` once rotated out. */
  matches: z.object({ id: z.string(), description: z.string(), removed: z.boolean() }).optional(),
})
export type TrustedCertificate = z.infer<typeof trustedCertificate>

export const connectionAttempt = z.object({
  date: isoDate,
  systemId: z.string(),
  userId: z.string(),
  userName: z.string(),
  certificateId: z.string(),
  fingerprintSha256: z.string().nullable(),
  status: connectionStatus,
  reason: connectionReason,
  detail: outcomeDetail.optional(),
  /** The reason in plain words. */
  message: z.string(),
})
export type ConnectionAttempt = z.infer<typeof connectionAttempt>

const systemRef = z.object({ systemId: z.string(), systemName: z.string() })

export const externalSystem = z.object({
  host: z.string(),
  name: z.string().optional(),
  trustMode,
  capacity,
  rejectionCode,
  trustStore: z.array(trustedCertificate),
  /** Incoming connection attempts, newest first. */
  connectionLog: z.array(connectionAttempt),
  /** Communication systems whose Host Name is this host. */
  systems: z.array(systemRef),
  /**
   * Whether it accepts today's Client Default: it holds that certificate (any trust mode), or it
   * trusts issuers and Client Default chains to a CA it holds. What "uploaded" means for the rotation.
   */
  acceptsClientDefault: z.boolean(),
})
export type ExternalSystem = z.infer<typeof externalSystem>

/** A row of the list: the trust store without the log. */
export const externalSystemSummary = externalSystem.omit({ connectionLog: true }).extend({
  /** The newest connection attempt, if any. */
  lastConnection: connectionAttempt.nullable(),
})
export type ExternalSystemSummary = z.infer<typeof externalSystemSummary>

export const externalSystemList = z.object({ items: z.array(externalSystemSummary) })

export const externalSystemListParams = z.object({
  /** Text search over host and name. */
  search: z.string().optional(),
})

export const updateExternalSystemRequest = z
  .object({ name: safeText({ label: 'Name', max: 80 }), trustMode, capacity, rejectionCode })
  .partial()
  .strict()
export type UpdateExternalSystemRequest = z.infer<typeof updateExternalSystemRequest>

/** What an upload did: the store afterwards and which certificates of the file were trusted. */
export const uploadResult = z.object({
  externalSystem,
  /** Fingerprints of the certificates now trusted from this file (CA certificates too where the system trusts issuers). */
  trusted: z.array(z.string()),
  /** CA certificates in the file kept out of the store of a system that pins certificates. */
  skippedCaCertificates: z.array(z.string()),
  /** Fingerprints the upload pushed out of a one-certificate store. */
  replaced: z.array(z.string()),
})
export type UploadResult = z.infer<typeof uploadResult>
