import { describe, expect, it } from 'vitest'
import { loadTexts } from '../../ui/i18n/text-bundle'
import { appTexts } from './i18n/texts'
import { phaseText, readinessText } from './readiness-state'

describe('labels of the API’s enumerations', () => {
  it.each([
    ['readiness', readinessText],
    ['phase', phaseText],
  ] as const)('every %s has a text', (_, keys) => {
    for (const key of Object.values(keys)) expect(appTexts.english).toHaveProperty([key])
  })

  it('reads readiness and phases in English and German', async () => {
    const en = await loadTexts(appTexts, 'en')
    const de = await loadTexts(appTexts, 'de')
    expect(en(readinessText['Upload pending'])).toBe('Upload pending')
    expect(de(readinessText['Upload pending'])).toBe('Hochladen ausstehend')
    expect(de(phaseText.Overlap)).toBe('Überlappung')
    expect(en(phaseText.Stable)).toBe('Stable')
  })
})
