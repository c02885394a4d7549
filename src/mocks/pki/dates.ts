const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Parses a real calendar date YYYY-MM-DD as the start of that day in UTC; throws RangeError otherwise. */
export function startOfDayUtc(date: string): Date {
  const match = ISO_DATE.exec(date)
  const result = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : null
  // Date.UTC rolls 2027-02-30 over to March; comparing back catches dates that do not exist.
  if (!result || toIsoDate(result) !== date)
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`)
  return result
}

/** The last second of the given day in UTC: a certificate "valid to" a date is valid during all of it. */
export function endOfDayUtc(date: string): Date {
  return new Date(startOfDayUtc(date).getTime() + 86_400_000 - 1000)
}

/** The UTC calendar date of an instant, as YYYY-MM-DD. */
export function toIsoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10)
}
