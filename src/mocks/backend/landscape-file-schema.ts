import { z } from '../../api/contracts/zod'
import { actor, changeCategory, connectionReason, isoDate } from '../../api/contracts/common'

/**
 * The shape of an exported landscape file (GET /api/simulation/export): the simulated system as
 * stored, without a single private key. Import checks a file against it, field by field, before
 * anything is replaced. Bump LANDSCAPE_FILE_VERSION when the shape changes.
 */
export const LANDSCAPE_FILE_FORMAT = 'rotation-lab-landscape'
/**
 * 2: communication arrangements; SAP's system fields instead of contactInformation; password hashes.
 * 3: Certificate Category, version and pending signing request of certificates; a customer certificate
 *    that is a signing request only has no validity yet.
 */
export const LANDSCAPE_FILE_VERSION = 3
/** An export of the large landscape after years of rotations stays well below it. */
export const LANDSCAPE_FILE_MAX_BYTES = 50 * 1024 * 1024

const text = z.string().max(100_000)
const id = z.string().min(1).max(200)

const chainLink = z.object({
  fingerprintSha256: text,
  subject: text,
  validFrom: isoDate,
  validTo: isoDate,
})

const engineMaterial = z.object({
  fingerprintSha256: text,
  fingerprintSha1: text,
  serialNumber: text,
  subject: text,
  issuer: text,
  pem: text,
  chain: z.array(chainLink).max(16),
  chainBreak: z
    .object({ reason: z.enum(['issuer-not-found', 'signature-invalid']), issuer: text })
    .optional(),
})

const certificate = z.object({
  id,
  kind: z.enum(['Default', 'Customer']),
  managedBy: z.enum(['SAP', 'Customer']),
  description: text,
  category: z.enum(['Client Default for ABAP on BTP', 'Not Assigned']),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  issuedOn: isoDate,
  removedOn: isoDate.optional(),
  lastExportedOn: isoDate.optional(),
  material: engineMaterial.nullable(),
  // Public data only: the request's key stays behind (decision 014: an import cannot answer it).
  pendingRequest: z
    .object({ subject: text, requestedOn: isoDate, publicKeySha256: text, csrPem: text })
    .optional(),
  version: z.number().int(),
})

const authenticationMethod = z.enum([
  'None',
  'User Name and Password',
  'SSL Client Certificate',
  'OAuth 2.0',
])

const communicationSystem = z.object({
  systemId: id,
  systemName: text,
  hostName: text,
  port: z.number().int(),
  uiHost: text,
  logicalSystem: text,
  businessSystem: text,
  cloudConnector: z.boolean(),
  sccLocationId: text,
  contactName: text,
  email: text,
  phone: text,
  inboundOnly: z.boolean(),
  inboundUsers: z.array(z.object({ userName: text, authenticationMethod })),
  outboundUsers: z.array(
    z.object({
      id,
      userName: text,
      authenticationMethod,
      clientAuthentication: z.enum(['Client Secret', 'mTLS']).optional(),
      clientCertificateId: id.optional(),
      /** A salted hash (see password-hash.ts): a file never carries a password. */
      passwordHash: text.optional(),
    }),
  ),
  version: z.number().int(),
})

const communicationArrangement = z.object({
  name: id,
  scenarioId: id,
  systemId: id,
  inboundUserName: text.optional(),
  outboundUserId: id.optional(),
  inactiveServiceIds: z.array(id),
  version: z.number().int(),
})

const trustedCertificate = z.object({
  fingerprintSha256: text,
  subject: text,
  serialNumber: text,
  validFrom: isoDate,
  validTo: isoDate,
  uploadedOn: isoDate,
  isCa: z.boolean(),
})

const connectionAttempt = z.object({
  date: isoDate,
  systemId: text,
  userId: text,
  userName: text,
  certificateId: text,
  fingerprintSha256: text.nullable(),
  status: z.union([z.literal(200), z.literal(401), z.literal(403), z.literal('unreachable')]),
  reason: connectionReason,
  detail: z
    .object({
      subject: text.optional(),
      date: isoDate.optional(),
      chainBreak: z.enum(['issuer-not-found', 'signature-invalid']).optional(),
    })
    .optional(),
})

const externalSystem = z.object({
  host: text,
  name: text.optional(),
  trustMode: z.enum(['PinnedCertificate', 'TrustedIssuer']),
  capacity: z.enum(['multiple', 'single']),
  rejectionCode: z.union([z.literal(401), z.literal(403)]),
  trustStore: z.array(trustedCertificate),
  connectionLog: z.array(connectionAttempt),
})

const changeRecord = z.object({
  id: z.number().int(),
  date: isoDate,
  actor,
  category: changeCategory,
  systemId: text.optional(),
  objectId: text,
  field: text.optional(),
  oldValue: text.optional(),
  newValue: text.optional(),
  message: text,
})

const migrationBatch = z.object({
  kind: z.literal('migration'),
  firstId: z.number().int(),
  date: isoDate,
  fromCertificateId: id,
  toCertificateId: id,
  systemIds: z.array(text),
  userIds: z.array(text),
  userNames: z.array(text),
})

const nameParts = {
  CN: text,
  OU: text.optional(),
  O: text.optional(),
  L: text.optional(),
  ST: text.optional(),
  C: text.optional(),
}

/** The X.509 description of a certificate the simulated PKI made (pki/certificate-material.ts). */
const pkiMaterial = z.object({
  fingerprintSha256: text,
  fingerprintSha1: text,
  serialNumber: text,
  subject: z.object({ ...nameParts, text }),
  issuer: z.object({ ...nameParts, text }),
  signatureAlgorithm: text,
  signatureAlgorithmDisplay: text,
  publicKeyAlgorithm: text,
  validFrom: isoDate,
  validTo: isoDate,
  notBefore: text,
  notAfter: text,
  isCa: z.boolean(),
})

const certificateRecord = z.object({ pem: text, material: pkiMaterial })

/** The simulated system without its keys: what a file carries, and what a stored system must be. */
export const landscapeContent = z.object({
  scenarioId: text,
  state: z.object({
    today: isoDate,
    certificates: z.array(certificate),
    systems: z.array(communicationSystem),
    arrangements: z.array(communicationArrangement),
    externalSystems: z.array(externalSystem),
    appliedEvents: z.array(z.object({ type: z.enum(['Issuance', 'Rotation']), date: isoDate })),
    nextRecordId: z.number().int(),
    nextObjectId: z.number().int(),
  }),
  changeLog: z.array(z.union([changeRecord, migrationBatch])),
  pki: z.object({
    chain: z.object({ root: certificateRecord, clientCa: certificateRecord }),
    details: z.record(id, pkiMaterial),
  }),
})
export type LandscapeContent = z.infer<typeof landscapeContent>

export const landscapeFile = z.object({
  format: z.literal(LANDSCAPE_FILE_FORMAT),
  schemaVersion: z.literal(LANDSCAPE_FILE_VERSION),
  exportedAt: z.string(),
  landscape: landscapeContent,
})
export type LandscapeFile = z.infer<typeof landscapeFile>
