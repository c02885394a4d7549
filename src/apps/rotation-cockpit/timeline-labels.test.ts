import { afterEach, describe, expect, it } from 'vitest'
import { setFormatLocale } from '../../ui/format'
import { loadTexts } from '../../ui/i18n/text-bundle'
import { uiTexts } from '../../ui/i18n/ui-text-bundle'
import { appTexts } from './i18n/texts'
import { barLabel, markerLabels, timelineDescription } from './timeline-labels'

const clock = {
  today: '2027-02-15',
  phase: 'Overlap' as const,
  overlap: { issuanceDate: '2027-02-01', rotationDate: '2027-03-01' },
}
const bars = [
  {
    description: 'Client Default Expiring',
    validFrom: '2026-02-01',
    validTo: '2027-04-01',
    removalDate: '2027-03-01',
  },
  { description: 'Client Default', validFrom: '2027-02-01', validTo: '2028-04-01' },
]

afterEach(() => setFormatLocale('en-US'))

describe('the timeline in words', () => {
  it('labels lines and bars, and describes the picture, in English', async () => {
    const t = await loadTexts(appTexts, 'en')
    expect(markerLabels(t, clock)).toEqual({
      issuance: 'Issuance Feb 1, 2027',
      rotation: 'Rotation Mar 1, 2027',
      today: 'Today Feb 15, 2027',
    })
    expect(barLabel(t, bars[1]!)).toBe('valid Feb 1, 2027 – Apr 1, 2028')
    expect(timelineDescription(t, await loadTexts(uiTexts, 'en'), clock, bars)).toBe(
      'Today is Feb 15, 2027, phase Overlap. The new certificate was issued on Feb 1, 2027; the rotation is on Mar 1, 2027. ' +
        'Client Default Expiring is valid from Feb 1, 2026 to Apr 1, 2027, removed on Mar 1, 2027. ' +
        'Client Default is valid from Feb 1, 2027 to Apr 1, 2028.',
    )
  })

  it('speaks German with German dates; certificate descriptions stay as maintained', async () => {
    setFormatLocale('de-DE')
    const t = await loadTexts(appTexts, 'de')
    expect(markerLabels(t, clock).issuance).toBe('Ausstellung 01.02.2027')
    const ui = await loadTexts(uiTexts, 'de')
    expect(timelineDescription(t, ui, { ...clock, phase: 'Stable' }, bars.slice(1))).toBe(
      'Heute ist der 15.02.2027, Phase Stabil. Das nächste Zertifikat wird am 01.02.2027 ausgestellt; die Rotation ist am 01.03.2027. ' +
        'Client Default ist vom 01.02.2027 bis zum 01.04.2028 gültig.',
    )
  })
})
