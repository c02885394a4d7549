import type { AdvanceClockResponse, Clock } from '../../api/contracts/clock'
import { daysBetween, nextEvent, overlapWindowFor, phaseOn } from '../../domain/calendar'
import { readinessReport } from '../../domain/readiness'
import type { ChangeRecord, RotationState } from '../../domain/types'

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

/** What a clock move did, counted from its records and the state it left. */
export function advanceSummary(before: RotationState, after: RotationState, records: readonly ChangeRecord[]): AdvanceClockResponse['summary'] {
  const removedBefore = before.certificates.filter((certificate) => certificate.removedOn).length
  return {
    certificatesIssued: after.certificates.length - before.certificates.length,
    certificatesRemoved: after.certificates.filter((certificate) => certificate.removedOn).length - removedBefore,
    usersMigrated: records.filter((record) => record.actor === 'SAP' && record.category === 'Users for Outbound Communication').length,
    connectionsFailing: readinessReport(after).rows.filter((row) => row.outcomeToday.status !== 200).length,
  }
}
