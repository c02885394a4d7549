import { arrangementsPresenting, byArrangementName } from '../../domain/arrangement-rules'
import { scenarioById } from '../../domain/scenario-catalog'
import type {
  CertificateRole,
  ClientCertificate,
  ClientCertificateSummary,
  DistinguishedName,
} from '../../api/contracts/client-certificates'
import { daysBetween } from '../../domain/calendar'
import {
  certificateRole,
  certificateStatusOn,
  certificateUsage,
  isIssued,
  usabilityOn,
  type CertificateStatus,
} from '../../domain/certificates'
import { removalDateOf } from '../../domain/issuance'
import type {
  Certificate,
  IssuedCertificate,
  ListedCertificate,
  RotationState,
} from '../../domain/types'
import type { SimulatedSystem } from '../backend/simulated-system'

/** One row of Maintain Client Certificates; a signing request alone shows its requested subject and no X.509 fields. */
export function certificateSummary(
  system: SimulatedSystem,
  certificate: ListedCertificate,
  usedByCount: number,
): ClientCertificateSummary {
  const today = system.state.today
  const role = certificateRole(certificate)
  const usable = usabilityOn(certificate, today)
  const pending = certificate.pendingRequest
  return {
    id: certificate.id,
    description: certificate.description,
    managedBy: certificate.managedBy,
    category: certificate.category,
    issuedTo: isIssued(certificate)
      ? (system.pki.details[certificate.id]?.subject.CN ?? certificate.material.subject)
      : commonNameOf(pending?.subject ?? ''),
    ...(isIssued(certificate) ? issuedFields(system, certificate) : {}),
    ...(role === 'Client Default Expiring'
      ? { removalDate: removalDateOf(certificate.issuedOn) }
      : {}),
    status: statusWords[certificateStatusOn(certificate, today)],
    role,
    usedByCount,
    usability: usable.usable
      ? { usable: true }
      : { usable: false, reason: usable.reason, message: usable.message },
    ...(pending
      ? { pendingRequest: { subject: pending.subject, requestedOn: pending.requestedOn } }
      : {}),
    ...(certificate.lastExportedOn ? { lastExportedOn: certificate.lastExportedOn } : {}),
  }
}

function issuedFields(system: SimulatedSystem, certificate: IssuedCertificate) {
  const details = system.pki.details[certificate.id]
  return {
    issuedBy: details?.issuer.CN ?? certificate.material.issuer,
    serialNumber: certificate.material.serialNumber,
    validFrom: certificate.validFrom,
    validTo: certificate.validTo,
    fingerprintSha256: certificate.material.fingerprintSha256,
  }
}

// The API's status codes for the engine's statuses.
const statusWords: Record<CertificateStatus, ClientCertificateSummary['status']> = {
  'Signing Request Created': 'SigningRequestCreated',
  Valid: 'Valid',
  Expiring: 'Expiring',
  Expired: 'Expired',
  'Not Yet Valid': 'NotYetValid',
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
  return {
    ...summary,
    ...(isIssued(certificate)
      ? x509Fields(system, certificate, summary.removalDate)
      : { subject: parseName(certificate.pendingRequest?.subject ?? '') }),
    issuedOn: certificate.issuedOn,
    version: certificate.version,
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

function x509Fields(
  system: SimulatedSystem,
  certificate: IssuedCertificate,
  removalDate: string | undefined,
) {
  const details = system.pki.details[certificate.id]
  const until = removalDate ?? certificate.validTo
  return {
    fingerprintSha1: certificate.material.fingerprintSha1,
    signatureAlgorithm: details?.signatureAlgorithmDisplay ?? 'SHA-256 with RSA',
    publicKeyAlgorithm: details?.publicKeyAlgorithm ?? 'RSA 2048',
    subject: nameOf(details?.subject, certificate.material.subject),
    issuer: nameOf(details?.issuer, certificate.material.issuer),
    daysLeft: Math.max(0, daysBetween(system.state.today, until)),
    chain: certificate.material.chain.map(({ subject, fingerprintSha256 }) => ({
      subject,
      fingerprintSha256,
    })),
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

/** The parts of a name printed as "CN=…, O=…, C=…" (a signing request's subject); values hold no ", X=". */
export function parseName(text: string): DistinguishedName {
  const parts: Record<string, string> = {}
  for (const match of text.matchAll(
    /(?:^|,\s*)(CN|OU|O|L|ST|C)=((?:(?!,\s*(?:CN|OU|O|L|ST|C)=).)*)/g,
  )) {
    const [, key, value] = match
    if (key && value !== undefined && !(key in parts)) parts[key] = value
  }
  return { ...parts, CN: parts.CN ?? text }
}

function commonNameOf(subject: string): string {
  return parseName(subject).CN
}
