import type { IsoDate } from './calendar'
import { fail, type Result } from './errors'
import {
  CLIENT_DEFAULT,
  CLIENT_DEFAULT_CATEGORY,
  CLIENT_DEFAULT_EXPIRING,
  type Certificate,
  type IssuedCertificate,
  type ListedCertificate,
  type RotationState,
} from './types'

/**
 * Whether a certificate still appears in Maintain Client Certificates: not removed. A customer
 * certificate that is only a signing request so far is listed too, without material.
 */
export function isListed(certificate: Certificate): certificate is ListedCertificate {
  return certificate.removedOn === undefined
}

/** Whether a certificate is listed and has its X.509 material: it can be exported, trusted, presented. */
export function isIssued(certificate: Certificate): certificate is IssuedCertificate {
  return (
    certificate.removedOn === undefined &&
    certificate.material !== null &&
    certificate.validFrom !== undefined &&
    certificate.validTo !== undefined
  )
}

/** The certificates Maintain Client Certificates shows: everything not removed. */
export function listedCertificates(state: RotationState): ListedCertificate[] {
  return state.certificates.filter(isListed)
}

function listedDefault(state: RotationState, description: string): IssuedCertificate | undefined {
  return state.certificates.find(
    (c): c is IssuedCertificate =>
      c.kind === 'Default' && c.description === description && isIssued(c),
  )
}

/** The current default certificate, labelled Client Default (exactly one exists). */
export function clientDefault(state: RotationState): IssuedCertificate | undefined {
  return listedDefault(state, CLIENT_DEFAULT)
}

/** The previous default during the overlap, labelled Client Default Expiring; none when Stable. */
export function clientDefaultExpiring(state: RotationState): IssuedCertificate | undefined {
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

/** Finds a listed certificate (it may be a signing request only): exists and is not removed. */
export function findListedCertificate(
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

/** Finds a listed certificate with material (export, trust): a signing request alone is refused. */
export function findIssuedCertificate(
  state: RotationState,
  certificateId: unknown,
  field: string,
): Result<IssuedCertificate> {
  const found = findListedCertificate(state, certificateId, field)
  if (!found.ok) return found
  if (!isIssued(found.value)) return fail('NoCertificateYet', noCertificateYet(found.value), field)
  return { ok: true, value: found.value }
}

function noCertificateYet(certificate: Certificate): string {
  return `Certificate ${certificate.id} (${certificate.description}) is a signing request only: upload the signed certificate first.`
}

/** Why a listed certificate cannot be chosen for an outbound user today; SAP's note decides the category. */
export type UnusableReason = 'no-certificate-yet' | 'not-yet-valid' | 'expired' | 'category-not-set'

export type Usability =
  | { readonly usable: true }
  | { readonly usable: false; readonly reason: UnusableReason; readonly message: string }

/**
 * Whether an outbound user may present a listed certificate on `today`: it has material, is valid on
 * that day, and its Certificate Category is Client Default for ABAP on BTP. The message says what is missing.
 */
export function usabilityOn(certificate: ListedCertificate, today: IsoDate): Usability {
  const name = `Certificate ${certificate.id} (${certificate.description})`
  if (!isIssued(certificate))
    return { usable: false, reason: 'no-certificate-yet', message: noCertificateYet(certificate) }
  if (today < certificate.validFrom) {
    const message = `${name} is not valid before ${certificate.validFrom}.`
    return { usable: false, reason: 'not-yet-valid', message }
  }
  if (today > certificate.validTo) {
    const message = `${name} expired on ${certificate.validTo}.`
    return { usable: false, reason: 'expired', message }
  }
  if (certificate.category !== CLIENT_DEFAULT_CATEGORY) {
    const message = `${name} has Certificate Category ${certificate.category}: set it to ${CLIENT_DEFAULT_CATEGORY} to use it for outbound users.`
    return { usable: false, reason: 'category-not-set', message }
  }
  return { usable: true }
}

/** Finds a certificate an outbound user may be given today: listed, issued, valid, in SAP's category. */
export function findAssignableCertificate(
  state: RotationState,
  certificateId: unknown,
  field: string,
): Result<IssuedCertificate> {
  const found = findListedCertificate(state, certificateId, field)
  if (!found.ok) return found
  const usability = usabilityOn(found.value, state.today)
  if (!usability.usable) return fail('CertificateNotUsable', usability.message, field)
  return { ok: true, value: found.value as IssuedCertificate }
}

/** A certificate's status on a day: derived from its material, dates and role, never stored. */
export type CertificateStatus =
  'Signing Request Created' | 'Valid' | 'Expiring' | 'Expired' | 'Not Yet Valid'

/** The status Maintain Client Certificates shows on `today`. */
export function certificateStatusOn(
  certificate: ListedCertificate,
  today: IsoDate,
): CertificateStatus {
  if (!isIssued(certificate)) return 'Signing Request Created'
  if (today > certificate.validTo) return 'Expired'
  if (today < certificate.validFrom) return 'Not Yet Valid'
  return certificateRole(certificate) === 'Client Default Expiring' ? 'Expiring' : 'Valid'
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
