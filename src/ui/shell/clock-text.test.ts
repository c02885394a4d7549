import { describe, expect, it } from 'vitest'
import type { AdvanceClockResponse, Clock } from '../../api/contracts/clock'
import { clockLabel, dayAfter, moveSummary, nextEventLabel } from './clock-text'

const overlap: Clock = {
  today: '2027-02-14',
  phase: 'Overlap',
  nextEvent: { type: 'Rotation', date: '2027-03-01' },
  daysUntilNextEvent: 15,
  overlap: { issuanceDate: '2027-02-01', rotationDate: '2027-03-01' },
  daysUntilRotation: 15,
}
const stable: Clock = {
  ...overlap,
  today: '2027-01-25',
  phase: 'Stable',
  nextEvent: { type: 'Issuance', date: '2027-02-01' },
  daysUntilNextEvent: 7,
  daysUntilRotation: 35,
}
const noChange = {
  certificatesIssued: 0,
  certificatesRemoved: 0,
  usersMigrated: 0,
  connectionsFailing: 0,
}

describe('clock texts', () => {
  it('names the phase and the countdown to the rotation during the overlap', () => {
    expect(clockLabel(overlap)).toBe('Feb 14, 2027 · Overlap — rotation in 15 days')
  })
  it('names the next event outside the overlap', () => {
    expect(clockLabel(stable)).toBe('Jan 25, 2027 · Stable — issuance in 7 days')
    expect(nextEventLabel(stable)).toBe('Go to Feb 1, 2027 (Issuance)')
  })
  it.each([
    [{ ...noChange, certificatesIssued: 1 }, 'Feb 14, 2027: 1 certificate issued'],
    [
      { ...noChange, usersMigrated: 11, certificatesRemoved: 1, connectionsFailing: 4 },
      'Feb 14, 2027: 11 users migrated, 1 certificate removed, 4 connections now failing',
    ],
    [noChange, 'Feb 14, 2027: no issuance or rotation on the way'],
  ])('summarises a move %#', (summary, text) => {
    const response: AdvanceClockResponse = { clock: overlap, records: [], summary }
    expect(moveSummary(response)).toBe(text)
  })
  it('finds the next calendar day across month and leap-year ends', () => {
    expect(dayAfter('2027-02-28')).toBe('2027-03-01')
    expect(dayAfter('2028-02-28')).toBe('2028-02-29')
    expect(dayAfter('2027-12-31')).toBe('2028-01-01')
  })
})
