import type {
  CaRole,
  TrustCenterCertificate,
  TrustCenterCertificateId,
} from '../../api/contracts/sap-trust-center'
import type { SimulatedSystem } from '../backend/simulated-system'
import type { CaChainRecord, CertificateRecord } from '../pki/ca'

// Root first: it is the one an external system that trusts issuers needs.
const published: { id: TrustCenterCertificateId; role: CaRole; of: keyof CaChainRecord }[] = [
  { id: 'sap-cloud-root-ca', role: 'Root CA', of: 'root' },
  { id: 'sap-client-ca', role: 'Intermediate CA', of: 'clientCa' },
]

/** The CA certificates of the system's chain as the SAP Trust Center lists them. */
export function trustCenterCertificates(system: SimulatedSystem): TrustCenterCertificate[] {
  return published.map(({ id, role, of }) => {
    const { material } = system.pki.chain[of]
    return {
      id,
      // The CN, not a fixed text: the list follows whatever the simulated CA is called.
      description: material.subject.CN,
      subject: material.subject.text,
      issuer: material.issuer.text,
      validFrom: material.validFrom,
      validTo: material.validTo,
      fingerprintSha256: material.fingerprintSha256,
      role,
    }
  })
}

/** One published CA certificate by its id; undefined for any other id. */
export function trustCenterCertificate(
  system: SimulatedSystem,
  id: string,
): { description: string; record: CertificateRecord } | undefined {
  const entry = published.find((candidate) => candidate.id === id)
  if (!entry) return undefined
  const record = system.pki.chain[entry.of]
  return { description: record.material.subject.CN, record }
}
