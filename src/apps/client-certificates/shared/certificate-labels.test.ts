import { afterEach, describe, expect, it } from 'vitest'
import { setFormatLocale } from '../../../ui/format'
import { loadTexts } from '../../../ui/i18n/text-bundle'
import { appTexts } from '../i18n/texts'
import { managedByLabels, statusLabels, statusText } from './certificate-labels'

describe('statusText', () => {
  afterEach(() => setFormatLocale('en-US'))

  it('adds the removal date to Expiring, the date an administrator has to act on', async () => {
    const t = await loadTexts(appTexts, 'en')
    expect(statusText(t, { status: 'Expiring', removalDate: '2027-03-01' })).toBe(
      'Expiring — removed on Mar 1, 2027',
    )
    expect(statusText(t, { status: 'NotYetValid' })).toBe('Not Yet Valid')
  })

  it('speaks German with German dates', async () => {
    setFormatLocale('de-DE')
    const t = await loadTexts(appTexts, 'de')
    expect(statusText(t, { status: 'Expiring', removalDate: '2027-03-01' })).toBe(
      'Läuft ab – Entfernung am 01.03.2027',
    )
    expect(statusText(t, { status: 'Valid' })).toBe('Gültig')
  })
})

describe('enumeration labels', () => {
  it('has a text for every status and every Managed By value, in English and German', async () => {
    for (const language of ['en', 'de'] as const) {
      const t = await loadTexts(appTexts, language)
      for (const key of [...Object.values(statusLabels), ...Object.values(managedByLabels)]) {
        expect(t(key)).not.toBe(key)
      }
    }
    expect((await loadTexts(appTexts, 'en'))(managedByLabels.SAP)).toBe('Managed By SAP')
  })
})
