import { afterEach, describe, expect, it } from 'vitest'
import { setFormatLocale } from '../../../ui/format'
import { loadTexts } from '../../../ui/i18n/text-bundle'
import { appTexts } from '../i18n/texts'
import { validityText } from './validity-text'

afterEach(() => setFormatLocale('en-US'))

describe('validityText', () => {
  it('names the removal date of Client Default Expiring, else Valid To', async () => {
    const t = await loadTexts(appTexts, 'en')
    expect(validityText(t, { validTo: '2027-08-01', removalDate: '2027-03-01' })).toBe(
      'removed on Mar 1, 2027',
    )
    expect(validityText(t, { validTo: '2028-02-01' })).toBe('valid to Feb 1, 2028')
  })

  it('in German', async () => {
    const t = await loadTexts(appTexts, 'de')
    setFormatLocale('de-DE')
    expect(validityText(t, { validTo: '2027-08-01', removalDate: '2027-03-01' })).toBe(
      'entfernt am 01.03.2027',
    )
    expect(validityText(t, { validTo: '2028-02-01' })).toBe('gültig bis 01.02.2028')
  })
})
