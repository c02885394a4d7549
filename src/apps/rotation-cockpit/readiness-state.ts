import type { ConnectionOutcome, ReadinessStatus } from '../../api/contracts/common'

type SemanticState = 'Positive' | 'Critical' | 'Negative' | 'Information' | 'None'

/** The colour of each readiness the API reports: only Broken fails today. */
export const readinessState: Record<ReadinessStatus, SemanticState> = {
  Done: 'Positive',
  OK: 'Positive',
  'Switch pending': 'Information',
  'Upload pending': 'Critical',
  Broken: 'Negative',
}

/** The order a worklist is read in: what is broken first, what is done last. */
export const readinessOrder: readonly ReadinessStatus[] = [
  'Broken',
  'Upload pending',
  'Switch pending',
  'Done',
  'OK',
]

/** "200 OK", "401 Unauthorized", "403 Forbidden" — the way an administrator reads HTTP answers. */
export function outcomeText(outcome: Pick<ConnectionOutcome, 'status'>): string {
  switch (outcome.status) {
    case 200:
      return '200 OK'
    case 401:
      return '401 Unauthorized'
    case 403:
      return '403 Forbidden'
    default:
      return 'Unreachable'
  }
}

export function outcomeState(outcome: Pick<ConnectionOutcome, 'status'>): SemanticState {
  return outcome.status === 200 ? 'Positive' : 'Negative'
}
