import { z } from './zod'
import { isoDate } from './common'

/** The CA certificates SAP publishes: the root every Client Default chains to, and its issuing CA. */
export const trustCenterCertificateId = z.enum(['sap-cloud-root-ca', 'sap-client-ca'])
export type TrustCenterCertificateId = z.infer<typeof trustCenterCertificateId>

export const caRole = z.enum(['Root CA', 'Intermediate CA'])
export type CaRole = z.infer<typeof caRole>

export const trustCenterCertificate = z.object({
  id: trustCenterCertificateId,
  /** The certificate's subject CN, e.g. "SAP Cloud Root CA (simulated)". */
  description: z.string(),
  /** Distinguished names in one line, RFC 4514 order: "CN=…, O=SAP SE, C=DE". */
  subject: z.string(),
  issuer: z.string(),
  validFrom: isoDate,
  validTo: isoDate,
  fingerprintSha256: z.string(),
  role: caRole,
})
export type TrustCenterCertificate = z.infer<typeof trustCenterCertificate>

export const trustCenterCertificateList = z.object({ items: z.array(trustCenterCertificate) })

/** A CA certificate is offered without a chain, so there is no .p7b here. */
export const trustCenterExportFormat = z.enum(['pem', 'crt', 'der'])
export type TrustCenterExportFormat = z.infer<typeof trustCenterExportFormat>
