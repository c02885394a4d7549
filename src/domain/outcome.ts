import { addOneYear, nextIssuanceDate, parseCalendarDate, type IsoDate } from './calendar'
import { defaultCertificateId } from './certificates'
import { fail, type Result } from './errors'
import { hostKey } from './host-name'
import { indexLandscape, type LandscapeIndex } from './landscape-index'
import { findOutboundUser } from './lookup'
import { judgeCertificate, type PresentedCertificate } from './trust'
import type {
  ConnectionReason,
  ConnectionStatus,
  OutboundUser,
  OutcomeDetail,
  RotationState,
  TrustMode,
} from './types'

/** What the external system answers when a user presents a certificate (rules: "Connection outcome"). */
export interface ConnectionOutcome {
  readonly status: ConnectionStatus
  readonly reason: ConnectionReason
  readonly certificateId: string
  /** How the external system decides; absent when nothing answers at the host. */
  readonly trustMode?: TrustMode
  readonly detail?: OutcomeDetail
}

/** The outcome expected on the next rotation date, after SAP's migration. */
export interface PredictedOutcome {
  readonly rotationDate: IsoDate
  /** The certificate the user will present then. */
  readonly certificateId: string
  /** True when the rotation will move the user to another certificate. */
  readonly migrated: boolean
  /** Set when that certificate does not exist yet: the day SAP issues it. */
  readonly issuedOn?: IsoDate
  readonly outcome: ConnectionOutcome
}

// Readiness reports ask for the same few certificates 40,000 times: describe each once per index.
const presentedCache = new WeakMap<LandscapeIndex, Map<string, PresentedCertificate | undefined>>()

/** What presenting a certificate the state knows looks like; undefined for an unknown or material-less one. */
export function presentedCertificate(
  index: LandscapeIndex,
  certificateId: string,
): PresentedCertificate | undefined {
  let cache = presentedCache.get(index)
  if (!cache) presentedCache.set(index, (cache = new Map()))
  if (cache.has(certificateId)) return cache.get(certificateId)
  const presented = describePresented(index, certificateId)
  cache.set(certificateId, presented)
  return presented
}

function describePresented(
  index: LandscapeIndex,
  certificateId: string,
): PresentedCertificate | undefined {
  const certificate = index.certificatesById.get(certificateId)
  // A removed default's material may be gone; a signing request has none yet: nothing to present.
  if (!certificate?.material || !certificate.validFrom || !certificate.validTo) return undefined
  const { fingerprintSha256, chain, chainBreak } = certificate.material
  return {
    id: certificate.id,
    validFrom: certificate.validFrom,
    validTo: certificate.validTo,
    fingerprintSha256,
    chain,
    ...(chainBreak ? { chainBreak } : {}),
  }
}

/** The outcome of presenting one certificate to one host on a date: validity first, then trust. */
export function outcomeOf(
  index: LandscapeIndex,
  host: string,
  certificateId: string,
  date: IsoDate,
): ConnectionOutcome {
  return judgedOutcome(index, host, certificateId, presentedCertificate(index, certificateId), date)
}

function judgedOutcome(
  index: LandscapeIndex,
  host: string,
  certificateId: string,
  presented: PresentedCertificate | undefined,
  date: IsoDate,
): ConnectionOutcome {
  // Stored hosts are lower case already; only a caller's own spelling needs folding.
  const key = index.externalSystemsByHost.has(host) ? host : hostKey(host)
  const externalSystem = index.externalSystemsByHost.get(key)
  if (!externalSystem) return { status: 'unreachable', reason: 'no-external-system', certificateId }
  const { trustMode, rejectionCode } = externalSystem
  if (!presented)
    return { status: rejectionCode, reason: 'certificate-unknown', certificateId, trustMode }
  const trusted = index.trustedByHost.get(key) ?? new Set<string>()
  const verdict = judgeCertificate(externalSystem, trusted, presented, date)
  return {
    status: verdict.trusted ? 200 : rejectionCode,
    reason: verdict.reason,
    certificateId,
    trustMode,
    ...(verdict.detail ? { detail: verdict.detail } : {}),
  }
}

/**
 * What a user presenting `certificateId` today will present after the next rotation: an expiring
 * user moves to Client Default; before the issuance, a user on Client Default moves to the default
 * SAP issues next — not issued yet, from SAP's same CA chain (that is what trusting the root buys).
 */
function presentedAfterRotation(
  index: LandscapeIndex,
  certificateId: string,
): { presented: PresentedCertificate | undefined; issuedOn?: IsoDate } {
  const { clientDefault, clientDefaultExpiring } = index
  if (clientDefault && certificateId === clientDefaultExpiring?.id)
    return { presented: presentedCertificate(index, clientDefault.id) }
  if (clientDefault && !clientDefaultExpiring && certificateId === clientDefault.id) {
    const issuedOn = nextIssuanceDate(index.today)
    return { presented: nextDefault(index, issuedOn), issuedOn }
  }
  return { presented: presentedCertificate(index, certificateId) }
}

const nextDefaults = new WeakMap<LandscapeIndex, PresentedCertificate>()

/** The default SAP issues on `issuedOn`: no fingerprint yet, the current Client Default's chain. */
function nextDefault(index: LandscapeIndex, issuedOn: IsoDate): PresentedCertificate | undefined {
  const current = index.clientDefault
  if (!current) return undefined
  let presented = nextDefaults.get(index)
  if (!presented) {
    const { chain, chainBreak } = current.material
    presented = {
      id: defaultCertificateId(issuedOn),
      validFrom: issuedOn,
      validTo: addOneYear(issuedOn),
      fingerprintSha256: null,
      chain,
      ...(chainBreak ? { chainBreak } : {}),
    }
    nextDefaults.set(index, presented)
  }
  return presented
}

/** The outcome predicted at the next rotation for a user presenting `certificateId` today. */
export function predictOutcome(
  index: LandscapeIndex,
  host: string,
  certificateId: string,
): PredictedOutcome {
  const rotationDate = index.nextRotationDate
  const { presented, issuedOn } = presentedAfterRotation(index, certificateId)
  const presentedId = presented?.id ?? certificateId
  return {
    rotationDate,
    certificateId: presentedId,
    migrated: presentedId !== certificateId,
    ...(issuedOn ? { issuedOn } : {}),
    outcome: judgedOutcome(index, host, presentedId, presented, rotationDate),
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
  if (user.clientCertificateId === undefined) {
    const method =
      user.clientAuthentication === undefined
        ? user.authenticationMethod
        : `${user.authenticationMethod}" with client authentication "${user.clientAuthentication}`
    const message = `Outbound user ${user.userName} authenticates with "${method}", not with a client certificate.`
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
