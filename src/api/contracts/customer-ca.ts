import { z } from './zod'
import { isoDate } from './common'

/** A certificate of the simulated customer CA (its root, or one it signed), as the Customer CA screen shows it. */
export const customerCaCertificate = z.object({
  /** One-line distinguished names, RFC 4514 order: "CN=…, O=Example Customer". */
  subject: z.string(),
  issuer: z.string(),
  validFrom: isoDate,
  validTo: isoDate,
  serialNumber: z.string(),
  fingerprintSha256: z.string(),
})
export type CustomerCaCertificate = z.infer<typeof customerCaCertificate>

/** Sign a Request, asked for JSON: the file to download (certificate, then the root) and the certificate. */
export const signedByCustomerCa = z.object({
  fileName: z.string(),
  pem: z.string(),
  certificate: customerCaCertificate,
})
export type SignedByCustomerCa = z.infer<typeof signedByCustomerCa>
