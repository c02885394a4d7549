/** One dated event on the validity picture. */
export interface TimelineEvent {
  date: string
  label: string
  emphasis?: boolean
}

/** An event placed on the picture: its horizontal position in percent and its label row. */
export interface PlacedEvent extends TimelineEvent {
  position: number
  row: number
}

export interface TimelineLayout {
  /** Where the validity bar starts and ends, in percent of the picture's width. */
  bar: { start: number; end: number }
  /** Where the certificate stops being usable (its removal), if before Valid to. */
  usableUntil?: number
  events: PlacedEvent[]
}

const dayMs = 86_400_000
// Room around the outermost dates so that their markers and labels are not cut at the edges.
const margin = 4
// Labels closer than this (in percent) go to another row rather than over each other.
const labelWidth = 22
const maxRows = 3

function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / dayMs
}

/**
 * Lays out the validity picture: all dates on one linear scale, events on the same day merged into
 * one label, and labels spread over rows so that they do not overlap. Pure, so it is unit-tested.
 */
export function layoutTimeline(validFrom: string, validTo: string, events: TimelineEvent[], usableUntil?: string): TimelineLayout {
  const days = [validFrom, validTo, ...events.map((event) => event.date)].map(dayNumber)
  const first = Math.min(...days)
  const span = Math.max(1, Math.max(...days) - first)
  const at = (isoDate: string) => margin + ((dayNumber(isoDate) - first) / span) * (100 - 2 * margin)

  const merged = new Map<string, TimelineEvent>()
  for (const event of [...events].sort((a, b) => a.date.localeCompare(b.date))) {
    const same = merged.get(event.date)
    merged.set(
      event.date,
      same ? { date: event.date, label: `${same.label} · ${event.label}`, emphasis: Boolean(same.emphasis || event.emphasis) } : event,
    )
  }

  const rowEnds: number[] = []
  const placed = [...merged.values()].map((event) => {
    const position = at(event.date)
    let row = rowEnds.findIndex((end) => position - end >= labelWidth)
    if (row === -1) row = rowEnds.length < maxRows ? rowEnds.length : maxRows - 1
    rowEnds[row] = position
    return { ...event, position, row }
  })

  return {
    bar: { start: at(validFrom), end: at(validTo) },
    ...(usableUntil && usableUntil < validTo ? { usableUntil: at(usableUntil) } : {}),
    events: placed,
  }
}
