// Plain calendar arithmetic for drawing: where a date lies on the timeline. No rotation rule here.

const dayMs = 86_400_000

export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / dayMs)
}

export function shiftDays(isoDate: string, days: number): string {
  return new Date((dayNumber(isoDate) + days) * dayMs).toISOString().slice(0, 10)
}

/** A linear scale from a date window onto [left, right] pixels, clamped at both ends. */
export function dateScale(from: string, to: string, left: number, right: number) {
  const start = dayNumber(from)
  const span = Math.max(1, dayNumber(to) - start)
  return (isoDate: string) => {
    const ratio = (dayNumber(isoDate) - start) / span
    return left + Math.min(1, Math.max(0, ratio)) * (right - left)
  }
}
