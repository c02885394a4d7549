import { fail, type Result } from './errors'
import {
  CLIENT_DEFAULT,
  CLIENT_DEFAULT_EXPIRING,
  type Certificate,
  type ListedCertificate,
  type RotationState,
} from './types'

/** Whether a certificate still appears in Maintain Client Certificates. */
export function isListed(certificate: Certificate): certificate is ListedCertificate {
  return certificate.removedOn === undefined && certificate.material !== null
}

/** The certificates Maintain Client Certificates shows: everything not removed. */
export function listedCertificates(state: RotationState): ListedCertificate[] {
  return state.certificates.filter(isListed)
}

function listedDefault(state: RotationState, description: string): ListedCertificate | undefined {
  return state.certificates.find(
    (c): c is ListedCertificate =>
      c.kind === 'Default' && c.description === description && isListed(c),
  )
}

/** The current default certificate, labelled Client Default (exactly one exists). */
export function clientDefault(state: RotationState): ListedCertificate | undefined {
  return listedDefault(state, CLIENT_DEFAULT)
}

/** The previous default during the overlap, labelled Client Default Expiring; none when Stable. */
export function clientDefaultExpiring(state: RotationState): ListedCertificate | undefined {
  return listedDefault(state, CLIENT_DEFAULT_EXPIRING)
}

/** What a certificate is to the rotation: SAP's current default, the one it replaces, or the customer's own. */
export type CertificateRole = 'Client Default' | 'Client Default Expiring' | 'Customer'

/**
 * The role of a certificate. SAP's defaults carry their role as their description; a customer's
 * description is free text and may read like one, so the kind decides first.
 */
export function certificateRole(certificate: Certificate): CertificateRole {
  if (certificate.kind !== 'Default') return 'Customer'
  return certificate.description === CLIENT_DEFAULT_EXPIRING
    ? 'Client Default Expiring'
    : 'Client Default'
}

/** Deterministic id of the default SAP issues on a date, e.g. 'default-2027-02-01'. */
export function defaultCertificateId(issuedOn: string): string {
  return `default-${issuedOn}`
}

/** Finds a certificate that can be assigned: exists and is not removed. */
export function findAssignableCertificate(
  state: RotationState,
  certificateId: unknown,
  field: string,
): Result<ListedCertificate> {
  const certificate = state.certificates.find((c) => c.id === certificateId)
  if (!certificate)
    return fail('UnknownCertificate', `There is no certificate "${String(certificateId)}".`, field)
  if (!isListed(certificate)) {
    const message = `Certificate ${certificate.id} (${certificate.description}) was removed on ${certificate.removedOn ?? 'an earlier date'} and can no longer be chosen.`
    return fail('CertificateRemoved', message, field)
  }
  return { ok: true, value: certificate }
}

export interface CertificateUser {
  readonly systemId: string
  readonly systemName: string
  readonly userId: string
  readonly userName: string
}

/** Which communication systems and outbound users use a certificate (the "used by" of the seed). */
export function certificateUsage(
  state: RotationState,
  certificateId: string,
): Result<CertificateUser[]> {
  if (!state.certificates.some((c) => c.id === certificateId)) {
    return fail(
      'UnknownCertificate',
      `There is no certificate "${certificateId}".`,
      'certificateId',
    )
  }
  const users: CertificateUser[] = []
  for (const system of state.systems) {
    for (const user of system.outboundUsers) {
      if (user.clientCertificateId === certificateId) {
        users.push({
          systemId: system.systemId,
          systemName: system.systemName,
          userId: user.id,
          userName: user.userName,
        })
      }
    }
  }
  return { ok: true, value: users }
}
