import {
  daysBetween,
  nextEvent,
  overlapWindowFor,
  phaseOn,
  type IsoDate,
  type OverlapWindow,
  type Phase,
  type RotationEvent,
} from './calendar'
import type { Result } from './errors'
import { indexLandscape, type LandscapeIndex } from './landscape-index'
import {
  findCertificateUser,
  outcomeOf,
  predictOutcome,
  type ConnectionOutcome,
  type PredictedOutcome,
} from './outcome'
import type { RotationState } from './types'

/**
 * Readiness of a certificate-based outbound user (rules: "Readiness"); Stable days know only OK and Broken.
 * A user on a customer's own certificate is 'Not affected' by SAP's default rotation (unless Broken today).
 */
export type Readiness =
  'Done' | 'Switch pending' | 'Upload pending' | 'Broken' | 'OK' | 'Not affected'

export const READINESS_STATUSES: readonly Readiness[] = [
  'Done',
  'Switch pending',
  'Upload pending',
  'Broken',
  'OK',
  'Not affected',
]

/** How many days ahead the cockpit warns that a customer certificate expires. */
export const EXPIRY_WARNING_DAYS = 60

/** A customer certificate a user presents expires soon: the default rotation will not renew it. */
export interface ExpiryWarning {
  readonly code: 'customer-certificate-expires-soon'
  /** Its Valid To. */
  readonly date: IsoDate
  readonly daysLeft: number
}

/** The warning for a user on `certificateId` on `today`: a customer certificate valid to within the next 60 days. */
export function expiryWarning(
  index: LandscapeIndex,
  certificateId: string,
): ExpiryWarning | undefined {
  const certificate = index.certificatesById.get(certificateId)
  if (certificate?.kind !== 'Customer' || certificate.validTo === undefined) return undefined
  const daysLeft = daysBetween(index.today, certificate.validTo)
  if (daysLeft < 0 || daysLeft > EXPIRY_WARNING_DAYS) return undefined
  return { code: 'customer-certificate-expires-soon', date: certificate.validTo, daysLeft }
}

export interface UserAssessment {
  readonly readiness: Readiness
  readonly outcomeToday: ConnectionOutcome
  readonly predicted: PredictedOutcome
}

/** Today's outcome, the prediction at the next rotation and the readiness that follows from both. */
export function assessUser(
  index: LandscapeIndex,
  host: string,
  certificateId: string,
): UserAssessment {
  const outcomeToday = outcomeOf(index, host, certificateId, index.today)
  const predicted = predictOutcome(index, host, certificateId)
  return {
    readiness: readinessFrom(index, certificateId, outcomeToday, predicted),
    outcomeToday,
    predicted,
  }
}

function readinessFrom(
  index: LandscapeIndex,
  certificateId: string,
  outcomeToday: ConnectionOutcome,
  predicted: PredictedOutcome,
): Readiness {
  if (outcomeToday.status !== 200) return 'Broken'
  if (index.certificatesById.get(certificateId)?.kind === 'Customer') return 'Not affected'
  if (index.phase === 'Stable') return 'OK'
  if (certificateId === index.clientDefault?.id) return 'Done'
  if (certificateId === index.clientDefaultExpiring?.id) {
    // The prediction presents Client Default: it succeeds exactly when the external system trusts it.
    return predicted.outcome.status === 200 ? 'Switch pending' : 'Upload pending'
  }
  return 'OK'
}

/** Readiness of one outbound user that authenticates with a client certificate. */
export function readiness(
  state: RotationState,
  systemId: string,
  userId: string,
): Result<Readiness> {
  const found = findCertificateUser(state, systemId, userId)
  if (!found.ok) return found
  const { host, certificateId } = found.value
  return { ok: true, value: assessUser(indexLandscape(state), host, certificateId).readiness }
}

export interface ReadinessRow extends UserAssessment {
  readonly systemId: string
  readonly systemName: string
  readonly userId: string
  readonly userName: string
  readonly host: string
  readonly certificateId: string
  readonly certificateDescription: string
  readonly warning?: ExpiryWarning
}

export type ReadinessCounts = Record<Readiness, number>

export interface ReadinessReport {
  readonly today: IsoDate
  readonly phase: Phase
  /** The overlap window containing today, or else the next one. */
  readonly overlapWindow: OverlapWindow
  readonly counts: Readonly<ReadinessCounts>
  readonly rows: readonly ReadinessRow[]
}

function emptyCounts(): ReadinessCounts {
  return {
    Done: 0,
    'Switch pending': 0,
    'Upload pending': 0,
    Broken: 0,
    OK: 0,
    'Not affected': 0,
  }
}

// The summary and the report of one (immutable) state share one computation.
const reports = new WeakMap<RotationState, ReadinessReport>()

/** Readiness of every certificate-based outbound user, with counts per status. */
export function readinessReport(state: RotationState): ReadinessReport {
  const cached = reports.get(state)
  if (cached) return cached
  const index = indexLandscape(state)
  const counts = emptyCounts()
  const rows: ReadinessRow[] = []
  for (const system of state.systems) {
    for (const user of system.outboundUsers) {
      const certificateId = user.clientCertificateId
      // Certificate-based users (SSL Client Certificate, OAuth 2.0 with mTLS) are those with a certificate.
      if (certificateId === undefined) continue
      const { readiness, outcomeToday, predicted } = assessUser(
        index,
        system.hostName,
        certificateId,
      )
      counts[readiness]++
      const warning = expiryWarning(index, certificateId)
      rows.push({
        systemId: system.systemId,
        systemName: system.systemName,
        userId: user.id,
        userName: user.userName,
        host: system.hostName,
        certificateId,
        certificateDescription: index.certificatesById.get(certificateId)?.description ?? '',
        readiness,
        outcomeToday,
        predicted,
        ...(warning ? { warning } : {}),
      })
    }
  }
  const report: ReadinessReport = {
    today: state.today,
    phase: phaseOn(state.today),
    overlapWindow: overlapWindowFor(state.today),
    counts,
    rows,
  }
  reports.set(state, report)
  return report
}

export interface PhaseSummary {
  readonly today: IsoDate
  readonly phase: Phase
  readonly nextEvent: RotationEvent
  readonly daysUntilNextEvent: number
  readonly overlapWindow: OverlapWindow
  readonly clientDefaultId: string | null
  readonly clientDefaultExpiringId: string | null
  readonly certificateBasedUsers: number
  readonly counts: Readonly<ReadinessCounts>
}

/** Where the cycle stands today, for the launchpad and the clock control. */
export function phaseSummary(state: RotationState): PhaseSummary {
  const index = indexLandscape(state)
  const report = readinessReport(state)
  const upcoming = nextEvent(state.today)
  return {
    today: state.today,
    phase: report.phase,
    nextEvent: upcoming,
    daysUntilNextEvent: daysBetween(state.today, upcoming.date),
    overlapWindow: report.overlapWindow,
    clientDefaultId: index.clientDefault?.id ?? null,
    clientDefaultExpiringId: index.clientDefaultExpiring?.id ?? null,
    certificateBasedUsers: report.rows.length,
    counts: report.counts,
  }
}
