import type {
  ConnectionOutcome,
  Phase,
  PredictedOutcome,
  ReadinessStatus,
} from '../../api/contracts/common'
import { formatDate } from '../../ui/format'
import type { Texts } from '../../ui/i18n/text-bundle'

type SemanticState = 'Positive' | 'Critical' | 'Negative' | 'Information' | 'None'

/** The colour of each readiness the API reports: only Broken fails today. */
export const readinessState: Record<ReadinessStatus, SemanticState> = {
  Done: 'Positive',
  OK: 'Positive',
  'Switch pending': 'Information',
  'Upload pending': 'Critical',
  Broken: 'Negative',
}

/** The label key of each readiness the API reports. */
export const readinessText: Record<ReadinessStatus, string> = {
  Done: 'readiness.done',
  OK: 'readiness.ok',
  'Switch pending': 'readiness.switchPending',
  'Upload pending': 'readiness.uploadPending',
  Broken: 'readiness.broken',
}

/** The label key of each phase of the cycle. */
export const phaseText: Record<Phase, string> = {
  Stable: 'phase.stable',
  Overlap: 'phase.overlap',
}

/** The order a worklist is read in: what is broken first, what is done last. */
export const readinessOrder: readonly ReadinessStatus[] = [
  'Broken',
  'Upload pending',
  'Switch pending',
  'Done',
  'OK',
]

const statusText: Record<ConnectionOutcome['status'], string> = {
  200: 'outcome.ok',
  401: 'outcome.unauthorized',
  403: 'outcome.forbidden',
  unreachable: 'outcome.unreachable',
}

/** "200 OK", "401 Unauthorized", "403 Forbidden" — the way an administrator reads HTTP answers. */
export function outcomeText(t: Texts, outcome: Pick<ConnectionOutcome, 'status'>): string {
  return t(statusText[outcome.status])
}

export function outcomeState(outcome: Pick<ConnectionOutcome, 'status'>): SemanticState {
  return outcome.status === 200 ? 'Positive' : 'Negative'
}

const reasonText: Record<ConnectionOutcome['reason'], string> = {
  ok: 'reason.ok',
  'certificate-not-trusted': 'reason.certificateNotTrusted',
  'certificate-expired': 'reason.certificateExpired',
  'certificate-not-yet-valid': 'reason.certificateNotYetValid',
  'certificate-unknown': 'reason.certificateUnknown',
  'no-external-system': 'reason.noExternalSystem',
}

/**
 * Why the external system answers as it does, and what to do: the UI's own sentence for the API's
 * reason code (the API's `message` says the same in English only).
 */
export function outcomeReason(
  t: Texts,
  outcome: Pick<ConnectionOutcome, 'status' | 'reason'>,
  host: string,
  certificate: string,
): string {
  return t(reasonText[outcome.reason], host, certificate, String(outcome.status))
}

/** The reason after the rotation, saying first when SAP's migration moves the user to another certificate. */
export function predictedReason(t: Texts, outcome: PredictedOutcome, host: string): string {
  const reason = outcomeReason(t, outcome, host, outcome.certificateDescription)
  return outcome.migrated
    ? t('reason.migrated', formatDate(outcome.date), outcome.certificateDescription, reason)
    : reason
}
