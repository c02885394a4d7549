// Fiori shows dates in medium format ("Feb 1, 2027"). Simulated dates are calendar days in UTC,
// so formatting pins the time zone: a user in UTC-8 must not see Jan 31.
const mediumDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' })

/** "2027-02-01" → "Feb 1, 2027". */
export function formatDate(isoDate: string): string {
  return mediumDate.format(new Date(`${isoDate}T00:00:00Z`))
}

/** A near event in words: "today", "tomorrow", "in 12 days", "3 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today'
  if (days === 1) return 'tomorrow'
  if (days === -1) return 'yesterday'
  return days > 0 ? `in ${days} days` : `${-days} days ago`
}
