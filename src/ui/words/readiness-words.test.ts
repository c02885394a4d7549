import { describe, expect, it } from 'vitest'
import { loadTexts } from '../i18n/text-bundle'
import { uiTexts } from '../i18n/ui-text-bundle'
import {
  phaseKeys,
  phaseLabel,
  readinessExplanation,
  readinessExplanationKeys,
  readinessKeys,
  readinessLabel,
  readinessOrder,
} from './readiness-words'

describe('the shared words for readiness and phases', () => {
  it('name a key of the English and German bundles for every value of the API', async () => {
    const german = await uiTexts.load('de')
    const keys = [readinessKeys, readinessExplanationKeys, phaseKeys].flatMap(Object.values)
    for (const key of keys) {
      expect(uiTexts.english).toHaveProperty([key])
      expect(german).toHaveProperty([key])
    }
    expect([...readinessOrder].sort()).toEqual(Object.keys(readinessKeys).sort())
  })

  it('read in English as the API writes them, and in German', async () => {
    const en = await loadTexts(uiTexts, 'en')
    const de = await loadTexts(uiTexts, 'de')
    for (const readiness of readinessOrder) expect(readinessLabel(en, readiness)).toBe(readiness)
    expect(readinessLabel(de, 'Switch pending')).toBe('Umstellung ausstehend')
    expect(readinessLabel(de, 'Broken')).toBe('Fehlerhaft')
    expect(readinessLabel(de, undefined)).toBe('Nicht zertifikatbasiert')
    expect(readinessLabel(de, 'Not affected')).toBe('Nicht betroffen')
    expect(readinessExplanation(en, 'Not affected')).toBe(
      "Uses a customer certificate: SAP's default rotation does not change it.",
    )
    expect(readinessExplanation(en, 'Done')).toBeUndefined()
    expect(phaseLabel(en, 'Overlap')).toBe('Overlap')
    expect(phaseLabel(de, 'Stable')).toBe('Stabil')
  })
})
