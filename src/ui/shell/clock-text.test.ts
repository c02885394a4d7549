import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { AdvanceClockResponse, Clock } from '../../api/contracts/clock'
import { setFormatLocale } from '../format'
import type { Texts } from '../i18n/text-bundle'
import { loadTexts } from '../i18n/text-bundle'
import { uiTexts } from '../i18n/ui-text-bundle'
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
  migrationRecords: 0,
  connectionsFailing: 0,
}
const moved = (summary: AdvanceClockResponse['summary']): AdvanceClockResponse => ({
  clock: overlap,
  records: [],
  summary,
})

let en: Texts
let de: Texts
beforeAll(async () => {
  en = await loadTexts(uiTexts, 'en')
  de = await loadTexts(uiTexts, 'de')
})
afterEach(() => setFormatLocale('en-US'))

describe('clock texts', () => {
  it('names the phase and the countdown to the rotation during the overlap', () => {
    expect(clockLabel(overlap, en)).toBe('Feb 14, 2027 · Overlap — rotation in 15 days')
  })
  it('names the next event outside the overlap', () => {
    expect(clockLabel(stable, en)).toBe('Jan 25, 2027 · Stable — issuance in 7 days')
    expect(nextEventLabel(stable, en)).toBe('Go to Feb 1, 2027 (Issuance)')
  })
  it.each([
    [{ ...noChange, certificatesIssued: 1 }, 'Feb 14, 2027: 1 certificate issued'],
    [
      { ...noChange, usersMigrated: 11, certificatesRemoved: 1, connectionsFailing: 4 },
      'Feb 14, 2027: 11 users migrated, 1 certificate removed, 4 connections now failing',
    ],
    [{ ...noChange, usersMigrated: 1200 }, 'Feb 14, 2027: 1,200 users migrated'],
    [noChange, 'Feb 14, 2027: no issuance or rotation on the way'],
  ])('summarises a move %#', (summary, text) => {
    expect(moveSummary(moved(summary), en)).toBe(text)
  })
  it('finds the next calendar day across month and leap-year ends', () => {
    expect(dayAfter('2027-02-28')).toBe('2027-03-01')
    expect(dayAfter('2028-02-28')).toBe('2028-02-29')
    expect(dayAfter('2027-12-31')).toBe('2028-01-01')
  })
})

describe('clock texts in German', () => {
  it('shows German dates, phases and countdowns', () => {
    setFormatLocale('de-DE')
    expect(clockLabel(overlap, de)).toBe('14.02.2027 · Überlappung — Rotation in 15 Tagen')
    expect(clockLabel(stable, de)).toBe('25.01.2027 · Stabil — Ausstellung in 7 Tagen')
    expect(clockLabel({ ...overlap, daysUntilRotation: 1 }, de)).toBe(
      '14.02.2027 · Überlappung — Rotation morgen',
    )
    expect(nextEventLabel(stable, de)).toBe('Weiter zum 01.02.2027 (Ausstellung)')
  })
  it.each([
    [{ ...noChange, certificatesIssued: 1 }, '14.02.2027: 1 Zertifikat ausgestellt'],
    [
      { ...noChange, usersMigrated: 1200, certificatesRemoved: 2, connectionsFailing: 1 },
      '14.02.2027: 1.200 Benutzer migriert, 2 Zertifikate entfernt, 1 Verbindung schlägt jetzt fehl',
    ],
    [noChange, '14.02.2027: keine Ausstellung und keine Rotation im Zeitraum'],
  ])('summarises a move %#', (summary, text) => {
    setFormatLocale('de-DE')
    expect(moveSummary(moved(summary), de)).toBe(text)
  })
})
