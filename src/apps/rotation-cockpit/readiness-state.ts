import type { Phase, ReadinessStatus } from '../../api/contracts/common'

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
