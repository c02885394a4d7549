import type { ReadinessReport, ReadinessRow } from '../../api/contracts/rotation'

/** Users that need nothing more: Done during the overlap, OK outside it, and those on customer certificates. */
export function readyCount(report: ReadinessReport): number {
  return (report.counts.Done ?? 0) + (report.counts.OK ?? 0) + (report.counts['Not affected'] ?? 0)
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
