import type { AdvanceClockResponse, Clock } from '../../api/contracts/clock'
import { formatDate, relativeDays } from '../format'
import type { Texts } from '../i18n/text-bundle'
import { phaseLabel } from '../words/readiness-words'

/** The API's certificate events: the type of the clock's next event and of a notification. */
export type EventType = Clock['nextEvent']['type']

/** The API's event types as a label ("Issuance" / "Ausstellung"). */
export const eventTypeKeys: Record<EventType, string> = {
  Issuance: 'clock.event.issuance',
  Rotation: 'clock.event.rotation',
}

/** "issuance in 7 days" / "Ausstellung in 7 Tagen": the event and a relative day. */
const countdownKeys: Record<EventType, string> = {
  Issuance: 'clock.countdown.issuance',
  Rotation: 'clock.countdown.rotation',
}

/** "Feb 14, 2027 · Overlap — rotation in 15 days" / "Jan 25, 2027 · Stable — issuance in 7 days". */
export function clockLabel(clock: Clock, t: Texts): string {
  const event: EventType = clock.phase === 'Overlap' ? 'Rotation' : clock.nextEvent.type
  const days = clock.phase === 'Overlap' ? clock.daysUntilRotation : clock.daysUntilNextEvent
  return t(
    'clock.label',
    formatDate(clock.today),
    phaseLabel(t, clock.phase),
    t(countdownKeys[event], relativeDays(days)),
  )
}

/** "Go to Feb 1, 2027 (Issuance)": the button names where it leads. */
export function nextEventLabel(clock: Clock, t: Texts): string {
  return t(
    'timeTravel.nextEvent.go',
    formatDate(clock.nextEvent.date),
    t(eventTypeKeys[clock.nextEvent.type]),
  )
}

/** "Mar 1, 2027: 11 users migrated, 4 connections now failing", from the API's summary of a move. */
export function moveSummary({ clock, summary }: AdvanceClockResponse, t: Texts): string {
  const parts: string[] = []
  if (summary.certificatesIssued > 0)
    parts.push(t.count('timeTravel.summary.issued', summary.certificatesIssued))
  if (summary.usersMigrated > 0)
    parts.push(t.count('timeTravel.summary.migrated', summary.usersMigrated))
  if (summary.certificatesRemoved > 0)
    parts.push(t.count('timeTravel.summary.removed', summary.certificatesRemoved))
  if (summary.connectionsFailing > 0)
    parts.push(t.count('timeTravel.summary.failing', summary.connectionsFailing))
  return t(
    'timeTravel.summary',
    formatDate(clock.today),
    parts.length > 0 ? parts.join(', ') : t('timeTravel.summary.none'),
  )
}

/** The day after `isoDate`, as the earliest date the clock can move to. Plain calendar arithmetic. */
export function dayAfter(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}
