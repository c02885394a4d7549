import type { AdvanceClockResponse, Clock } from '../../api/contracts/clock'
import { formatDate, relativeDays } from '../format'

/** "Feb 14, 2027 · Overlap — rotation in 15 days" / "Jan 25, 2027 · Stable — issuance in 7 days". */
export function clockLabel(clock: Clock): string {
  const event = clock.phase === 'Overlap' ? 'rotation' : clock.nextEvent.type.toLowerCase()
  const days = clock.phase === 'Overlap' ? clock.daysUntilRotation : clock.daysUntilNextEvent
  return `${formatDate(clock.today)} · ${clock.phase} — ${event} ${relativeDays(days)}`
}

/** "Go to Feb 1, 2027 (Issuance)": the button names where it leads. */
export function nextEventLabel(clock: Clock): string {
  return `Go to ${formatDate(clock.nextEvent.date)} (${clock.nextEvent.type})`
}

function count(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`
}

/** "Mar 1, 2027: 11 users migrated, 4 connections now failing", from the API's summary of a move. */
export function moveSummary({ clock, summary }: AdvanceClockResponse): string {
  const parts: string[] = []
  if (summary.certificatesIssued > 0)
    parts.push(`${count(summary.certificatesIssued, 'certificate', 'certificates')} issued`)
  if (summary.usersMigrated > 0)
    parts.push(`${count(summary.usersMigrated, 'user', 'users')} migrated`)
  if (summary.certificatesRemoved > 0)
    parts.push(`${count(summary.certificatesRemoved, 'certificate', 'certificates')} removed`)
  if (summary.connectionsFailing > 0)
    parts.push(`${count(summary.connectionsFailing, 'connection', 'connections')} now failing`)
  return `${formatDate(clock.today)}: ${parts.length > 0 ? parts.join(', ') : 'no issuance or rotation on the way'}`
}

/** The day after `isoDate`, as the earliest date the clock can move to. Plain calendar arithmetic. */
export function dayAfter(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}
