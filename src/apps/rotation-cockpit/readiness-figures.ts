import type { ReadinessReport } from '../../api/contracts/rotation'

/** Users that need nothing more: Done during the overlap, OK outside it, and those on customer certificates. */
export function readyCount(report: ReadinessReport): number {
  return (report.counts.Done ?? 0) + (report.counts.OK ?? 0) + (report.counts['Not affected'] ?? 0)
}
