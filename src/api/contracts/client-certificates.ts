import { z } from './zod'
import { isoDate } from './common'

export const managedBy = z.enum(['SAP', 'Customer'])
export type ManagedBy = z.infer<typeof managedBy>

/**
 * Valid; Expiring = Client Default Expiring, removed on `removalDate`; Expired or NotYetValid by its dates;
 * SigningRequestCreated = a customer certificate that is a signing request without its certificate yet.
 */
export const certificateStatus = z.enum([
  'Valid',
  'Expiring',
  'Expired',
  'NotYetValid',
  'SigningRequestCreated',
])
export type CertificateStatus = z.infer<typeof certificateStatus>

/**
 * What a certificate is to the rotation, decided by the backend: SAP's current default, the default
 * it replaces (until the rotation removes it), or a certificate of the customer's. Screens decide by
 * the role, never by the description, which is free text for a customer's certificate.
 */
export const certificateRole = z.enum(['Client Default', 'Client Default Expiring', 'Customer'])
export type CertificateRole = z.infer<typeof certificateRole>

export const distinguishedName = z.object({
  CN: z.string(),
  OU: z.string().optional(),
  O: z.string().optional(),
  C: z.string().optional(),
  L: z.string().optional(),
  ST: z.string().optional(),
})
export type DistinguishedName = z.infer<typeof distinguishedName>

/** SAP's Certificate Category: only 'Client Default for ABAP on BTP' can be chosen for outbound users. */
export const certificateCategory = z.enum(['Client Default for ABAP on BTP', 'Not Assigned'], {
  message: 'Certificate Category is Client Default for ABAP on BTP or Not Assigned.',
})
export type CertificateCategory = z.infer<typeof certificateCategory>

/** Why a certificate cannot be chosen for an outbound user today, in a code and a sentence. */
export const usability = z.object({
  usable: z.boolean(),
  reason: z.enum(['no-certificate-yet', 'not-yet-valid', 'expired', 'category-not-set']).optional(),
  message: z.string().optional(),
})

/** The signing request of Create or Replace awaiting its signed certificate (public data only). */
export const pendingRequest = z.object({
  subject: z.string(),
  requestedOn: isoDate,
})

export const clientCertificateSummary = z.object({
  id: z.string(),
  description: z.string(),
  managedBy,
  category: certificateCategory,
  /** The subject's CN; for a signing request only, the requested one. */
  issuedTo: z.string(),
  /** The fields below are absent only while the certificate is a signing request without its certificate. */
  issuedBy: z.string().optional(),
  serialNumber: z.string().optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  /** Only for Client Default Expiring: the rotation date that removes it. */
  removalDate: isoDate.optional(),
  status: certificateStatus,
  role: certificateRole,
  fingerprintSha256: z.string().optional(),
  /** Whether an outbound user can be given it today, and if not why (the value help says so). */
  usability,
  pendingRequest: pendingRequest.optional(),
  /** Number of communication systems whose outbound users use it. */
  usedByCount: z.number(),
  /** The last simulated day it was exported, if ever. */
  lastExportedOn: isoDate.optional(),
})
export type ClientCertificateSummary = z.infer<typeof clientCertificateSummary>

export const certificateUsage = z.object({
  systemId: z.string(),
  systemName: z.string(),
  userId: z.string(),
  userName: z.string(),
})

/** A communication arrangement whose outbound user presents the certificate. */
export const certificateArrangementUsage = z.object({
  name: z.string(),
  scenarioId: z.string(),
  scenarioDescription: z.string(),
  systemId: z.string(),
  userId: z.string(),
  userName: z.string(),
})

export const clientCertificate = clientCertificateSummary.extend({
  fingerprintSha1: z.string().optional(),
  signatureAlgorithm: z.string().optional(),
  publicKeyAlgorithm: z.string().optional(),
  /** The certificate's subject; for a signing request only, the requested one. */
  subject: distinguishedName,
  issuer: distinguishedName.optional(),
  /** The day SAP issued it, or the day the customer's current certificate (or its first request) came in. */
  issuedOn: isoDate,
  /** The ETag's version: PATCH sends it as If-Match. */
  version: z.number(),
  /** Days until removal (Expiring) or until Valid to, from the simulated today; absent for a request only. */
  daysLeft: z.number().optional(),
  /** The CA certificates above it, issuing CA first, as the backend verified them. */
  chain: z.array(z.object({ subject: z.string(), fingerprintSha256: z.string() })).optional(),
  usage: z.array(certificateUsage),
  /** Usage in communication arrangements, by Arrangement Name. */
  arrangementUsage: z.array(certificateArrangementUsage),
})
export type ClientCertificate = z.infer<typeof clientCertificate>

export const clientCertificateList = z.object({ items: z.array(clientCertificateSummary) })

export const exportFormat = z.enum(['pem', 'crt', 'der', 'p7b'])
export type ExportFormat = z.infer<typeof exportFormat>

/** Create: a new customer certificate as a signing request for this subject (CN required). */
export const createClientCertificateRequest = z.object({
  description: z.string().trim().min(1, 'Enter a description.').max(200),
  subject: z.object({
    CN: z.string(),
    O: z.string().optional(),
    OU: z.string().optional(),
    L: z.string().optional(),
    ST: z.string().optional(),
    C: z.string().optional(),
  }),
})
export type CreateClientCertificateRequest = z.infer<typeof createClientCertificateRequest>

/** Upload PKCS #12: the .p12/.pfx file as Base-64, its password, a description. */
export const pkcs12ImportRequest = z.object({
  file: z
    .string()
    .min(1, 'Choose a .p12 or .pfx file.')
    .max(1_500_000, 'The file is larger than 1 MB.'),
  password: z.string().max(1000),
  description: z.string().trim().min(1, 'Enter a description.').max(200),
})
export type Pkcs12ImportRequest = z.infer<typeof pkcs12ImportRequest>

/** Edit a customer certificate (If-Match required). */
export const updateClientCertificateRequest = z
  .object({
    description: z.string().trim().min(1, 'Enter a description.').max(200).optional(),
    category: certificateCategory.optional(),
  })
  .strict()
export type UpdateClientCertificateRequest = z.infer<typeof updateClientCertificateRequest>

/** Replace: a new signing request; the current subject when `subject` is left out. */
export const replaceClientCertificateRequest = z.object({
  subject: createClientCertificateRequest.shape.subject.optional(),
})
export type ReplaceClientCertificateRequest = z.infer<typeof replaceClientCertificateRequest>
