import { parseCalendarDate, type IsoDate } from './calendar'
import { fail, type Result } from './errors'
import { indexLandscape, type LandscapeIndex } from './landscape-index'
import { findOutboundUser } from './lookup'
import type { OutboundUser, RejectionCode, RotationState } from './types'

/** What the external system answers when a user presents a certificate (rules: "Connection outcome"). */
export type ConnectionOutcome =
  | { readonly status: 200; readonly reason: 'ok'; readonly certificateId: string }
  | {
      readonly status: RejectionCode
      readonly reason:
        | 'certificate-not-trusted'
        | 'certificate-expired'
        | 'certificate-not-yet-valid'
        | 'certificate-unknown'
      readonly certificateId: string
    }
  | {
      readonly status: 'unreachable'
      readonly reason: 'no-external-system'
      readonly certificateId: string
    }

/** The outcome expected on the next rotation date, after SAP's migration. */
export interface PredictedOutcome {
  readonly rotationDate: IsoDate
  /** The certificate the user will present then. */
  readonly certificateId: string
  /** True when the user is still on Client Default Expiring and the rotation will move it. */
  readonly migrated: boolean
  readonly outcome: ConnectionOutcome
}

/** The outcome of presenting one certificate to one host on a date: validity first, then trust. */
export function outcomeOf(
  index: LandscapeIndex,
  host: string,
  certificateId: string,
  date: IsoDate,
): ConnectionOutcome {
  const externalSystem = index.externalSystemsByHost.get(host)
  if (!externalSystem) return { status: 'unreachable', reason: 'no-external-system', certificateId }
  const status = externalSystem.rejectionCode
  const certificate = index.certificatesById.get(certificateId)
  if (!certificate || !certificate.material)
    return { status, reason: 'certificate-unknown', certificateId }
  if (date > certificate.validTo) return { status, reason: 'certificate-expired', certificateId }
  if (date < certificate.validFrom)
    return { status, reason: 'certificate-not-yet-valid', certificateId }
  if (index.trustedByHost.get(host)?.has(certificate.material.fingerprintSha256)) {
    return { status: 200, reason: 'ok', certificateId }
  }
  return { status, reason: 'certificate-not-trusted', certificateId }
}

/** The certificate a user will present after the next rotation: expiring users move to Client Default. */
export function certificateAfterRotation(index: LandscapeIndex, certificateId: string): string {
  const expiring = index.clientDefaultExpiring
  return expiring && index.clientDefault && certificateId === expiring.id
    ? index.clientDefault.id
    : certificateId
}

/** The outcome predicted at the next rotation for a user presenting `certificateId` today. */
export function predictOutcome(
  index: LandscapeIndex,
  host: string,
  certificateId: string,
): PredictedOutcome {
  const rotationDate = index.nextRotationDate
  const presented = certificateAfterRotation(index, certificateId)
  return {
    rotationDate,
    certificateId: presented,
    migrated: presented !== certificateId,
    outcome: outcomeOf(index, host, presented, rotationDate),
  }
}

/** Finds a user that authenticates with a client certificate, with its certificate id. */
export function findCertificateUser(
  state: RotationState,
  systemId: unknown,
  userId: unknown,
): Result<{ host: string; user: OutboundUser; certificateId: string }> {
  const found = findOutboundUser(state, systemId, userId)
  if (!found.ok) return found
  const { user, system } = found.value
  if (
    user.authenticationMethod !== 'SSL Client Certificate' ||
    user.clientCertificateId === undefined
  ) {
    const message = `Outbound user ${user.userName} authenticates with "${user.authenticationMethod}", not with an SSL client certificate.`
    return fail('NotCertificateBased', message, 'userId')
  }
  return {
    ok: true,
    value: { host: system.hostName, user, certificateId: user.clientCertificateId },
  }
}

/** Connection outcome of an outbound user on a date (today unless given). */
export function connectionOutcome(
  state: RotationState,
  systemId: string,
  userId: string,
  onDate?: IsoDate,
): Result<ConnectionOutcome> {
  const date = parseCalendarDate(onDate ?? state.today, 'onDate')
  if (!date.ok) return date
  const found = findCertificateUser(state, systemId, userId)
  if (!found.ok) return found
  return {
    ok: true,
    value: outcomeOf(
      indexLandscape(state),
      found.value.host,
      found.value.certificateId,
      date.value,
    ),
  }
}

/** Connection outcome of an outbound user on the next rotation date, after SAP's migration. */
export function predictedOutcomeAtRotation(
  state: RotationState,
  systemId: string,
  userId: string,
): Result<PredictedOutcome> {
  const found = findCertificateUser(state, systemId, userId)
  if (!found.ok) return found
  return {
    ok: true,
    value: predictOutcome(indexLandscape(state), found.value.host, found.value.certificateId),
  }
}
