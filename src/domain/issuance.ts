import {
  addDays,
  addOneYear,
  eventsBetween,
  latestIssuanceOnOrBefore,
  nextIssuanceDate,
  nextRotationDate,
  parseIsoDate,
  phaseOn,
  type IsoDate,
  type RotationEvent,
} from './calendar'
import { defaultCertificateId } from './certificates'
import type { IssuedMaterial } from './commands'
import { fail, type Result } from './errors'
import {
  CLIENT_DEFAULT,
  CLIENT_DEFAULT_CATEGORY,
  type Certificate,
  type CertificateMaterial,
  type RotationState,
} from './types'

/** What the backend must make (keys, X.509) before the engine can issue a default certificate. */
export interface IssuanceRequest {
  readonly certificateId: string
  readonly issuedOn: IsoDate
  readonly validFrom: IsoDate
  readonly validTo: IsoDate
  /** A suggested subject common name, unique per issuance. */
  readonly commonName: string
  /**
   * False when the certificate is issued and removed within the same clock move: nobody can
   * see, export or assign it, so the backend may skip generating a key for it.
   */
  readonly needsMaterial: boolean
}

/** The date a default issued on `issuedOn` is removed: the rotation after the next issuance. */
export function removalDateOf(issuedOn: IsoDate): IsoDate {
  return nextRotationDate(nextIssuanceDate(issuedOn))
}

function requestFor(issuedOn: IsoDate, horizon: IsoDate): IssuanceRequest {
  return {
    certificateId: defaultCertificateId(issuedOn),
    issuedOn,
    validFrom: issuedOn,
    // Valid one year although SAP rotates it after seven months: "regardless of its remaining validity".
    validTo: addOneYear(issuedOn),
    commonName: `Client Default ${issuedOn}`,
    needsMaterial: removalDateOf(issuedOn) > horizon,
  }
}

/** The schedule events a move from today to `to` applies: after today and after the last applied one. */
export function pendingEvents(state: RotationState, to: IsoDate): RotationEvent[] {
  const lastApplied = state.appliedEvents[state.appliedEvents.length - 1]?.date ?? state.today
  const from = lastApplied > state.today ? lastApplied : state.today
  return eventsBetween(from, to)
}

/** The defaults advancing the clock to `to` will issue; empty if `to` is not a valid later date. */
export function plannedIssuances(state: RotationState, to: IsoDate): IssuanceRequest[] {
  if (!parseIsoDate(to).ok || to <= state.today) return []
  return pendingEvents(state, to)
    .filter((event) => event.type === 'Issuance')
    .map((event) => requestFor(event.date, to))
}

/** The defaults that exist on a start date: Client Default, plus Client Default Expiring in the overlap. */
export function initialIssuances(today: IsoDate): IssuanceRequest[] {
  const current = latestIssuanceOnOrBefore(today)
  const dates =
    phaseOn(today) === 'Overlap'
      ? [latestIssuanceOnOrBefore(addDays(current, -1)), current]
      : [current]
  return dates.map((date) => ({ ...requestFor(date, today), needsMaterial: true }))
}

/** Builds the default certificate an issuance request describes, labelled Client Default. */
export function issueDefault(
  request: IssuanceRequest,
  material: CertificateMaterial | null,
): Certificate {
  return {
    id: request.certificateId,
    kind: 'Default',
    managedBy: 'SAP',
    description: CLIENT_DEFAULT,
    category: CLIENT_DEFAULT_CATEGORY,
    validFrom: request.validFrom,
    validTo: request.validTo,
    issuedOn: request.issuedOn,
    material,
    version: 1,
  }
}

/** Picks the material of each request, refusing when one that needs material has none. */
export function materialFor(
  requests: readonly IssuanceRequest[],
  issued: IssuedMaterial | undefined,
): Result<(CertificateMaterial | null)[]> {
  const missing = requests.filter((r) => r.needsMaterial && !isMaterial(issued?.[r.certificateId]))
  if (missing.length > 0) {
    const ids = missing.map((r) => r.certificateId).join(', ')
    return fail(
      'MissingCertificateMaterial',
      `Certificate material is missing for ${ids}.`,
      'issued',
    )
  }
  return { ok: true, value: requests.map((r) => issued?.[r.certificateId] ?? null) }
}

function isMaterial(value: CertificateMaterial | undefined): boolean {
  return typeof value?.fingerprintSha256 === 'string' && value.fingerprintSha256.length > 0
}
