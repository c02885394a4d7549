import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  addOneYear,
  compareDates,
  daysBetween,
  daysInMonth,
  eventsBetween,
  fromDayNumber,
  isLeapYear,
  isValidIsoDate,
  nextEvent,
  nextIssuanceDate,
  nextRotationDate,
  overlapWindowFor,
  parseIsoDate,
  phaseOn,
  toDayNumber,
} from './calendar'

describe('parseIsoDate', () => {
  it.each([
    ['2027-02-28', 'ok'],
    ['2028-02-29', 'ok'],
    ['2000-02-29', 'ok'],
    ['2000-01-01', 'ok'],
    ['2199-12-31', 'ok'],
    ['2027-02-29', 'InvalidDate'],
    ['2027-02-30', 'InvalidDate'],
    ['2100-02-29', 'InvalidDate'],
    ['2027-04-31', 'InvalidDate'],
    ['2027-13-01', 'InvalidDate'],
    ['2027-00-10', 'InvalidDate'],
    ['2027-01-00', 'InvalidDate'],
    ['2027-1-01', 'InvalidDate'],
    ['2027-01-01T00:00:00Z', 'InvalidDate'],
    [' 2027-01-01', 'InvalidDate'],
    ['', 'InvalidDate'],
    ['tomorrow', 'InvalidDate'],
    [20270101, 'InvalidDate'],
    [null, 'InvalidDate'],
    ['1999-12-31', 'DateOutOfRange'],
    ['2200-01-01', 'DateOutOfRange'],
    ['0001-01-01', 'DateOutOfRange'],
  ])('%s → %s', (text, expected) => {
    const result = parseIsoDate(text, 'to')
    if (expected === 'ok') {
      expect(result).toEqual({ ok: true, value: text })
      expect(isValidIsoDate(text)).toBe(true)
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: expected, field: 'to' } })
      expect(isValidIsoDate(text)).toBe(false)
    }
  })
})

describe('leap years and month lengths', () => {
  it.each([
    [2027, false],
    [2028, true],
    [2000, true],
    [2100, false],
    [2400, true],
  ])('%i leap: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap)
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28)
  })
  it('months have 30 or 31 days', () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2027, m))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ])
  })
})

describe('day arithmetic', () => {
  it.each([
    ['2027-01-31', 1, '2027-02-01'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2027-12-31', 1, '2028-01-01'],
    ['2027-03-01', -1, '2027-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2027-01-15', 3653, '2037-01-15'],
    ['1970-01-01', 0, '1970-01-01'],
  ])('%s + %i days = %s', (from, days, to) => {
    expect(addDays(from, days)).toBe(to)
    expect(daysBetween(from, to)).toBe(days)
  })
  it('day number 0 is 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0)
    expect(fromDayNumber(-1)).toBe('1969-12-31')
  })
  it.each([
    ['2027-02-01', '2028-02-01'],
    ['2027-08-01', '2028-08-01'],
    ['2028-02-29', '2029-02-28'],
  ])('one year after %s is %s', (from, to) => expect(addOneYear(from)).toBe(to))
  it('compares like a sort comparator', () => {
    expect(compareDates('2027-01-01', '2027-01-02')).toBe(-1)
    expect(compareDates('2027-01-02', '2027-01-01')).toBe(1)
    expect(compareDates('2027-01-01', '2027-01-01')).toBe(0)
  })
  const dayInRange = fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2199-12-31') })
  it('day numbers round-trip through valid dates, one day apart', () => {
    fc.assert(
      fc.property(dayInRange, (day) => {
        const date = fromDayNumber(day)
        expect(isValidIsoDate(date)).toBe(true)
        expect(toDayNumber(date)).toBe(day)
        expect(addDays(date, 1) > date).toBe(true)
      }),
    )
  })
})

describe('schedule', () => {
  it.each([
    // today, next issuance, next rotation, next event, phase
    ['2027-01-31', '2027-02-01', '2027-03-01', 'Issuance', 'Stable'],
    ['2027-02-01', '2027-08-01', '2027-03-01', 'Rotation', 'Overlap'],
    ['2027-02-28', '2027-08-01', '2027-03-01', 'Rotation', 'Overlap'],
    ['2027-03-01', '2027-08-01', '2027-09-01', 'Issuance', 'Stable'],
    ['2028-02-29', '2028-08-01', '2028-03-01', 'Rotation', 'Overlap'],
    ['2027-07-31', '2027-08-01', '2027-09-01', 'Issuance', 'Stable'],
    ['2027-08-01', '2028-02-01', '2027-09-01', 'Rotation', 'Overlap'],
    ['2027-08-31', '2028-02-01', '2027-09-01', 'Rotation', 'Overlap'],
    ['2027-09-01', '2028-02-01', '2028-03-01', 'Issuance', 'Stable'],
    ['2027-12-31', '2028-02-01', '2028-03-01', 'Issuance', 'Stable'],
  ])(
    'on %s: next issuance %s, next rotation %s, next event %s, phase %s',
    (today, issuance, rotation, type, phase) => {
      expect(nextIssuanceDate(today)).toBe(issuance)
      expect(nextRotationDate(today)).toBe(rotation)
      expect(nextEvent(today)).toEqual({ type, date: type === 'Issuance' ? issuance : rotation })
      expect(phaseOn(today)).toBe(phase)
    },
  )

  it.each([
    ['2027-01-15', { issuanceDate: '2027-02-01', rotationDate: '2027-03-01' }],
    ['2027-02-15', { issuanceDate: '2027-02-01', rotationDate: '2027-03-01' }],
    ['2027-03-01', { issuanceDate: '2027-08-01', rotationDate: '2027-09-01' }],
    ['2027-08-31', { issuanceDate: '2027-08-01', rotationDate: '2027-09-01' }],
    ['2027-10-01', { issuanceDate: '2028-02-01', rotationDate: '2028-03-01' }],
  ])('overlap window for %s', (today, window) => expect(overlapWindowFor(today)).toEqual(window))

  it('the overlap lasts the whole of February and August, leap day included', () => {
    const phases = eachDay('2028-01-01', '2028-12-31').filter((d) => phaseOn(d) === 'Overlap')
    expect(phases).toHaveLength(29 + 31)
    expect(phases[0]).toBe('2028-02-01')
    expect(phases.at(-1)).toBe('2028-08-31')
  })

  it('lists events in (from, to], in date order', () => {
    expect(eventsBetween('2027-01-15', '2027-03-15')).toEqual([
      { type: 'Issuance', date: '2027-02-01' },
      { type: 'Rotation', date: '2027-03-01' },
    ])
    expect(eventsBetween('2027-02-01', '2027-03-01')).toEqual([
      { type: 'Rotation', date: '2027-03-01' },
    ])
    expect(eventsBetween('2027-03-01', '2027-03-01')).toEqual([])
    expect(eventsBetween('2027-01-15', '2037-01-15')).toHaveLength(40)
  })

  it('every event lies strictly after from, and nothing in between is missed', () => {
    const dayInRange = fc.integer({
      min: toDayNumber('2000-01-01'),
      max: toDayNumber('2199-01-01'),
    })
    fc.assert(
      fc.property(dayInRange, fc.integer({ min: 0, max: 800 }), (start, length) => {
        const from = fromDayNumber(start)
        const to = fromDayNumber(start + length)
        const events = eventsBetween(from, to)
        const expected = eachDay(addDays(from, 1), to).filter((d) => /-(02|03|08|09)-01$/.test(d))
        expect(events.map((e) => e.date)).toEqual(expected)
      }),
      { numRuns: 200 },
    )
  })
})

function eachDay(from: string, to: string): string[] {
  const days: string[] = []
  for (let d = toDayNumber(from); d <= toDayNumber(to); d++) days.push(fromDayNumber(d))
  return days
}
