import { fail, type Result } from './errors'

/** A calendar day as 'YYYY-MM-DD' (UTC, day granularity): JSON-friendly and sortable as text. */
export type IsoDate = string

export type Phase = 'Stable' | 'Overlap'
export type RotationEventType = 'Issuance' | 'Rotation'

/** One dated step of SAP's schedule: an issuance (Feb 1, Aug 1) or a rotation (Mar 1, Sep 1). */
export interface RotationEvent {
  readonly type: RotationEventType
  readonly date: IsoDate
}

/** The overlap of two default certificates: from an issuance date (inclusive) to its rotation date (exclusive). */
export interface OverlapWindow {
  readonly issuanceDate: IsoDate
  readonly rotationDate: IsoDate
}

export const EARLIEST_DATE: IsoDate = '2000-01-01'
export const LATEST_DATE: IsoDate = '2199-12-31'

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether a Gregorian year has a February 29. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Number of days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Checks that text is a real calendar date, without the range of the simulation clock. */
export function parseCalendarDate(text: unknown, field?: string): Result<IsoDate> {
  const match = typeof text === 'string' ? ISO_PATTERN.exec(text) : null
  const year = Number(match?.[1])
  const month = Number(match?.[2])
  const day = Number(match?.[3])
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail('InvalidDate', `"${String(text)}" is not a real calendar date (YYYY-MM-DD).`, field)
  }
  return { ok: true, value: match[0] }
}

/** Parses a date the simulation clock may show: a real calendar date from 2000-01-01 to 2199-12-31. */
export function parseIsoDate(text: unknown, field?: string): Result<IsoDate> {
  const parsed = parseCalendarDate(text, field)
  if (!parsed.ok) return parsed
  if (parsed.value < EARLIEST_DATE || parsed.value > LATEST_DATE) {
    const message = `${parsed.value} is outside the simulated range ${EARLIEST_DATE} to ${LATEST_DATE}.`
    return fail('DateOutOfRange', message, field)
  }
  return parsed
}

/** Whether text is a date the simulation clock may show. */
export function isValidIsoDate(text: unknown): text is IsoDate {
  return parseIsoDate(text).ok
}

// Day numbers (days since 1970-01-01) make arithmetic O(1); algorithm from H. Hinnant's "chrono-compatible date algorithms".
function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/** Days since 1970-01-01 of a valid IsoDate (no validation: callers parse first). */
export function toDayNumber(date: IsoDate): number {
  return dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)))
}

/** The IsoDate of a day number (inverse of toDayNumber). */
export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  )
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  return formatDate(year, month, day)
}

function formatDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
}

/** The date n days after (or before, if negative) a date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days)
}

/** Whole days from one date to another (negative if `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from)
}

/** Orders two dates: negative, zero or positive, like a sort comparator. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The same day one year later; February 29 becomes February 28 in a common year. */
export function addOneYear(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4)) + 1
  const month = Number(date.slice(5, 7))
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month))
  return formatDate(year, month, day)
}

// Per year, SAP's schedule in date order (the seed: issue Feb 1 / Aug 1, rotate Mar 1 / Sep 1).
const YEARLY_SCHEDULE: readonly { readonly type: RotationEventType; readonly monthDay: string }[] =
  [
    { type: 'Issuance', monthDay: '02-01' },
    { type: 'Rotation', monthDay: '03-01' },
    { type: 'Issuance', monthDay: '08-01' },
    { type: 'Rotation', monthDay: '09-01' },
  ]

/** Every issuance and rotation with fromExclusive < date <= toInclusive, in date order. */
export function eventsBetween(fromExclusive: IsoDate, toInclusive: IsoDate): RotationEvent[] {
  const events: RotationEvent[] = []
  const lastYear = Number(toInclusive.slice(0, 4))
  for (let year = Number(fromExclusive.slice(0, 4)); year <= lastYear; year++) {
    const prefix = String(year).padStart(4, '0')
    for (const { type, monthDay } of YEARLY_SCHEDULE) {
      const date = `${prefix}-${monthDay}`
      if (date > fromExclusive && date <= toInclusive) events.push({ type, date })
    }
  }
  return events
}

function nextOfType(type: RotationEventType, after: IsoDate): IsoDate {
  const year = Number(after.slice(0, 4))
  const candidates = [
    ...eventsBetween(after, `${year}-12-31`),
    ...eventsBetween(after, `${year + 1}-12-31`),
  ]
  const found = candidates.find((event) => event.type === type)
  // Every calendar year holds two events of each type, so two years always contain one after `after`.
  return found ? found.date : `${year + 1}-${type === 'Issuance' ? '02' : '03'}-01`
}

/** The first issuance date strictly after a date. */
export function nextIssuanceDate(after: IsoDate): IsoDate {
  return nextOfType('Issuance', after)
}

/** The first rotation date strictly after a date. */
export function nextRotationDate(after: IsoDate): IsoDate {
  return nextOfType('Rotation', after)
}

/** The latest issuance date on or before a date. */
export function latestIssuanceOnOrBefore(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4))
  const monthDay = date.slice(5)
  if (monthDay >= '08-01') return `${year}-08-01`
  if (monthDay >= '02-01') return `${year}-02-01`
  return `${String(year - 1).padStart(4, '0')}-08-01`
}

/** The next event strictly after today: what the clock will meet first. */
export function nextEvent(today: IsoDate): RotationEvent {
  const issuance = nextIssuanceDate(today)
  const rotation = nextRotationDate(today)
  return issuance < rotation
    ? { type: 'Issuance', date: issuance }
    : { type: 'Rotation', date: rotation }
}

/** Overlap from Feb 1 to Feb 28/29 and Aug 1 to Aug 31; Stable on every other day. */
export function phaseOn(date: IsoDate): Phase {
  const month = date.slice(5, 7)
  return month === '02' || month === '08' ? 'Overlap' : 'Stable'
}

/** The overlap window containing the date, or else the next one to come. */
export function overlapWindowFor(date: IsoDate): OverlapWindow {
  const issuanceDate =
    phaseOn(date) === 'Overlap' ? latestIssuanceOnOrBefore(date) : nextIssuanceDate(date)
  return { issuanceDate, rotationDate: nextRotationDate(issuanceDate) }
}
