import type { Phase, ReadinessStatus } from '../../api/contracts/common'
import type { Texts } from '../i18n/text-bundle'
import { useUiTexts } from '../i18n/ui-texts'

// The words every app uses for the API's readiness and phases, in one place: the same status must
// read and look the same in the Communication Systems list and in the Rotation Cockpit.

/** Fiori's semantic colours (ObjectStatus state, Tag design, MessageStrip design share them). */
export type SemanticState = 'Positive' | 'Critical' | 'Negative' | 'Information' | 'None'

/** How loud each readiness the API reports is: only Broken fails today. */
export const readinessState: Record<ReadinessStatus, SemanticState> = {
  Done: 'Positive',
  OK: 'Positive',
  'Switch pending': 'Information',
  'Upload pending': 'Critical',
  Broken: 'Negative',
  'Not affected': 'None',
}

/** Users that need nothing more: Done during the overlap, OK outside it, and those on customer certificates. */
export const readyStatuses: readonly ReadinessStatus[] = ['Done', 'OK', 'Not affected']

/** How many of the counted users (the API's readiness counts) are ready, and how many there are. */
export function readyOf(counts: Partial<Record<ReadinessStatus, number>>): {
  ready: number
  total: number
} {
  const ready = readyStatuses.reduce((sum, status) => sum + (counts[status] ?? 0), 0)
  const total = Object.values(counts).reduce((sum, count) => sum + (count ?? 0), 0)
  return { ready, total }
}

/** The order a worklist is read in: what is broken first, what is done last. */
export const readinessOrder: readonly ReadinessStatus[] = [
  'Broken',
  'Upload pending',
  'Switch pending',
  'Done',
  'OK',
  'Not affected',
]

/** The text keys (ui bundle) of each readiness and phase. */
export const readinessKeys: Record<ReadinessStatus, string> = {
  Done: 'readiness.done',
  OK: 'readiness.ok',
  'Switch pending': 'readiness.switchPending',
  'Upload pending': 'readiness.uploadPending',
  Broken: 'readiness.broken',
  'Not affected': 'readiness.notAffected',
}
/** Why a readiness is what it is, where the word alone does not say it (a tooltip, a note). */
export const readinessExplanationKeys: Partial<Record<ReadinessStatus, string>> = {
  'Not affected': 'readiness.notAffected.explanation',
}
export const phaseKeys: Record<Phase, string> = {
  Stable: 'phase.stable',
  Overlap: 'phase.overlap',
}

/** A readiness in words; none (a user without a certificate) is "Not certificate-based". */
export function readinessLabel(t: Texts, readiness: ReadinessStatus | undefined): string {
  return readiness ? t(readinessKeys[readiness]) : t('readiness.notCertificateBased')
}

/** The explanation of a readiness, if it has one. */
export function readinessExplanation(t: Texts, readiness: ReadinessStatus | undefined) {
  const key = readiness && readinessExplanationKeys[readiness]
  return key ? t(key) : undefined
}

export function phaseLabel(t: Texts, phase: Phase): string {
  return t(phaseKeys[phase])
}

/** The shared words in the user's language, for screens whose own texts are an app's bundle. */
export function useReadinessWords() {
  const t = useUiTexts()
  return {
    readiness: (readiness: ReadinessStatus | undefined) => readinessLabel(t, readiness),
    explanation: (readiness: ReadinessStatus | undefined) => readinessExplanation(t, readiness),
    phase: (phase: Phase) => phaseLabel(t, phase),
  }
}
