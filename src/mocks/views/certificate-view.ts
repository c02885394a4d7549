import { arrangementsPresenting, byArrangementName } from '../../domain/arrangement-rules'
import { scenarioById } from '../../domain/scenario-catalog'
import type {
  CertificateRole,
  ClientCertificate,
  ClientCertificateSummary,
  DistinguishedName,
} from '../../api/contracts/client-certificates'
import { daysBetween } from '../../domain/calendar'
import { certificateRole, certificateUsage } from '../../domain/certificates'
import { removalDateOf } from '../../domain/issuance'
import type { Certificate, ListedCertificate, RotationState } from '../../domain/types'
import type { SimulatedSystem } from '../backend/simulated-system'

/** One row of Maintain Client Certificates. */
export function certificateSummary(
  system: SimulatedSystem,
  certificate: ListedCertificate,
  usedByCount: number,
): ClientCertificateSummary {
  const details = system.pki.details[certificate.id]
  const role = certificateRole(certificate)
  const expiring = role === 'Client Default Expiring'
  return {
    id: certificate.id,
    description: certificate.description,
    managedBy: certificate.managedBy,
    category:
      certificate.kind === 'Default' ? 'Client Default for ABAP on BTP' : 'Client Certificate',
    issuedTo: details?.subject.CN ?? certificate.material.subject,
    issuedBy: details?.issuer.CN ?? certificate.material.issuer,
    serialNumber: certificate.material.serialNumber,
    validFrom: certificate.validFrom,
    validTo: certificate.validTo,
    ...(expiring ? { removalDate: removalDateOf(certificate.issuedOn) } : {}),
    status: statusOn(system.state.today, certificate, expiring),
    role,
    fingerprintSha256: certificate.material.fingerprintSha256,
    usedByCount,
    ...(certificate.lastExportedOn ? { lastExportedOn: certificate.lastExportedOn } : {}),
  }
}

/** The object page of one certificate: the row plus X.509 details and where it is used. */
export function certificateDetail(
  system: SimulatedSystem,
  certificate: ListedCertificate,
): ClientCertificate {
  const usage = certificateUsage(system.state, certificate.id)
  const users = usage.ok ? usage.value : []
  const summary = certificateSummary(
    system,
    certificate,
    new Set(users.map((user) => user.systemId)).size,
  )
  const details = system.pki.details[certificate.id]
  const until = summary.removalDate ?? certificate.validTo
  return {
    ...summary,
    fingerprintSha1: certificate.material.fingerprintSha1,
    signatureAlgorithm: details?.signatureAlgorithmDisplay ?? 'SHA-256 with RSA',
    publicKeyAlgorithm: details?.publicKeyAlgorithm ?? 'RSA 2048',
    subject: nameOf(details?.subject, certificate.material.subject),
    issuer: nameOf(details?.issuer, certificate.material.issuer),
    issuedOn: certificate.issuedOn,
    daysLeft: Math.max(0, daysBetween(system.state.today, until)),
    usage: users.map(({ systemId, systemName, userId, userName }) => ({
      systemId,
      systemName,
      userId,
      userName,
    })),
    arrangementUsage: arrangementsPresenting(system.state, certificate.id)
      .map(({ arrangement, user }) => ({
        name: arrangement.name,
        scenarioId: arrangement.scenarioId,
        scenarioDescription: scenarioById(arrangement.scenarioId)?.description ?? '',
        systemId: arrangement.systemId,
        userId: user.id,
        userName: user.userName,
      }))
      .sort(byArrangementName),
  }
}

/** The role of the certificate a user presents; one the landscape does not know is no default of SAP's. */
export function roleOf(certificate: Certificate | undefined): CertificateRole {
  return certificate ? certificateRole(certificate) : 'Customer'
}

/** How many communication systems use each listed certificate, counted in one pass. */
export function systemsPerCertificate(state: RotationState): Map<string, number> {
  const counts = new Map<string, number>()
  for (const system of state.systems) {
    const used = new Set(
      system.outboundUsers.map((user) => user.clientCertificateId).filter((id) => id !== undefined),
    )
    for (const id of used) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

function statusOn(
  today: string,
  certificate: ListedCertificate,
  expiring: boolean,
): ClientCertificateSummary['status'] {
  if (today > certificate.validTo) return 'Expired'
  if (today < certificate.validFrom) return 'NotYetValid'
  return expiring ? 'Expiring' : 'Valid'
}

function nameOf(parts: DistinguishedName | undefined, text: string): DistinguishedName {
  if (!parts) return { CN: text }
  const { CN, OU, O, C, L, ST } = parts
  return {
    CN,
    ...(OU ? { OU } : {}),
    ...(O ? { O } : {}),
    ...(C ? { C } : {}),
    ...(L ? { L } : {}),
    ...(ST ? { ST } : {}),
  }
}
