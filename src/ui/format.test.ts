import { describe, expect, it } from 'vitest'
import { formatDate, relativeDays } from './format'

describe('formatDate', () => {
  it.each([
    ['2027-02-01', 'Feb 1, 2027'],
    ['2028-02-29', 'Feb 29, 2028'],
    ['2027-12-31', 'Dec 31, 2027'],
  ])('%s → %s whatever the local time zone', (iso, text) => {
    expect(formatDate(iso)).toBe(text)
  })
})

describe('relativeDays', () => {
  it.each([
    [0, 'today'],
    [1, 'tomorrow'],
    [-1, 'yesterday'],
    [15, 'in 15 days'],
    [-3, '3 days ago'],
  ])('%i → %s', (days, text) => {
    expect(relativeDays(days)).toBe(text)
  })
})
