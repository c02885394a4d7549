import type { ReadinessReport, ReadinessRow } from '../../api/contracts/rotation'
import { readyOf } from '../../ui/words/readiness-words'

/** Users that need nothing more (the shared rule of src/ui/words, also the instructor's percentage). */
export function readyCount(report: ReadinessReport): number {
  return readyOf(report.counts).ready
}

/**
 * The overlap's work is finished: every user presents the new default, except those on a customer
 * certificate, whom the default rotation does not touch (at least one user must have switched).
 */
export function everyUserDone(report: ReadinessReport): boolean {
  const done = (row: ReadinessRow) => row.readiness === 'Done'
  return (
    report.phase === 'Overlap' &&
    report.rows.some(done) &&
    report.rows.every((row) => done(row) || row.readiness === 'Not affected')
  )
}

/** The rows whose customer certificate expires soon, each with the API's warning. */
export function rowsWithWarning(report: ReadinessReport) {
  return report.rows.flatMap((row) => (row.warning ? [{ row, warning: row.warning }] : []))
}
