import type { CustomerCaCertificate } from '../../api/contracts/customer-ca'
import type { CertificateMaterial } from '../pki/certificate-material'

/** What the Customer CA screen shows of a certificate: one-line names, the days and the fingerprint. */
export function customerCaCertificateView(material: CertificateMaterial): CustomerCaCertificate {
  return {
    subject: material.subject.text,
    issuer: material.issuer.text,
    validFrom: material.validFrom,
    validTo: material.validTo,
    serialNumber: material.serialNumber,
    fingerprintSha256: material.fingerprintSha256,
  }
}
