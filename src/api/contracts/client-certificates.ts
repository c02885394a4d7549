import { z } from 'zod'
import { isoDate } from './common'

export const managedBy = z.enum(['SAP', 'Customer'])
export type ManagedBy = z.infer<typeof managedBy>

/** Valid; Expiring = Client Default Expiring, removed on `removalDate`; Expired or NotYetValid by its dates. */
export const certificateStatus = z.enum(['Valid', 'Expiring', 'Expired', 'NotYetValid'])
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

export const clientCertificateSummary = z.object({
  id: z.string(),
  description: z.string(),
  managedBy,
  /** E.g. "Client Default for ABAP on BTP" for SAP's defaults. */
  category: z.string(),
  issuedTo: z.string(),
  issuedBy: z.string(),
  serialNumber: z.string(),
  validFrom: isoDate,
  validTo: isoDate,
  /** Only for Client Default Expiring: the rotation date that removes it. */
  removalDate: isoDate.optional(),
  status: certificateStatus,
  role: certificateRole,
  fingerprintSha256: z.string(),
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
  fingerprintSha1: z.string(),
  signatureAlgorithm: z.string(),
  publicKeyAlgorithm: z.string(),
  subject: distinguishedName,
  issuer: distinguishedName,
  issuedOn: isoDate,
  /** Days until removal (Expiring) or until Valid to, from the simulated today. */
  daysLeft: z.number(),
  usage: z.array(certificateUsage),
  /** Usage in communication arrangements, by Arrangement Name. */
  arrangementUsage: z.array(certificateArrangementUsage),
})
export type ClientCertificate = z.infer<typeof clientCertificate>

export const clientCertificateList = z.object({ items: z.array(clientCertificateSummary) })

export const exportFormat = z.enum(['pem', 'crt', 'der', 'p7b'])
export type ExportFormat = z.infer<typeof exportFormat>
