import type { AdvanceClockResponse, Clock } from '../../api/contracts/clock'
import { daysBetween, nextEvent, overlapWindowFor, phaseOn } from '../../domain/calendar'
import { readinessReport } from '../../domain/readiness'
import { isMigrationBatch } from '../../domain/change-records'
import type { ChangeLogEntry, ChangeRecord, RotationState } from '../../domain/types'

/** The clock resource: today, the phase, the next event and the overlap it belongs to. */
export function clockView(state: RotationState): Clock {
  const upcoming = nextEvent(state.today)
  const overlap = overlapWindowFor(state.today)
  return {
    today: state.today,
    phase: phaseOn(state.today),
    nextEvent: upcoming,
    daysUntilNextEvent: daysBetween(state.today, upcoming.date),
    overlap,
    daysUntilRotation: daysBetween(state.today, overlap.rotationDate),
  }
}

/**
 * The records a clock move answers with: everything but SAP's per-user migration records, which a
 * ten-year jump makes by the hundred thousand (the summary counts them; GET /api/events lists them).
 */
export function advanceRecords(entries: readonly ChangeLogEntry[]): ChangeRecord[] {
  return entries.filter((entry): entry is ChangeRecord => !isMigrationBatch(entry))
}

/** What a clock move did, counted from its log entries and the state it left. */
export function advanceSummary(
  before: RotationState,
  after: RotationState,
  entries: readonly ChangeLogEntry[],
): AdvanceClockResponse['summary'] {
  const migrated = new Set<string>()
  let migrationRecords = 0
  for (const entry of entries) {
    if (!isMigrationBatch(entry)) continue
    migrationRecords += entry.userIds.length
    entry.userIds.forEach((userId, i) => migrated.add(`${entry.systemIds[i] ?? ''}/${userId}`))
  }
  const removedBefore = before.certificates.filter((certificate) => certificate.removedOn).length
  return {
    certificatesIssued: after.certificates.length - before.certificates.length,
    certificatesRemoved:
      after.certificates.filter((certificate) => certificate.removedOn).length - removedBefore,
    usersMigrated: migrated.size,
    migrationRecords,
    connectionsFailing: readinessReport(after).rows.filter((row) => row.outcomeToday.status !== 200)
      .length,
  }
}
