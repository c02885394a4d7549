import { describe, expect, it } from 'vitest'
import { loadTexts } from '../i18n/text-bundle'
import { uiTexts } from '../i18n/ui-text-bundle'
import { scenarioDescription, scenarioTitle } from './scenario-texts'

const known = { id: 'rotation-eve', title: 'API title', description: 'API description.' }
const unknown = { id: 'added-later', title: 'Added later', description: 'A newer scenario.' }

describe('scenario texts', () => {
  it('translates a known scenario by its id', async () => {
    const en = await loadTexts(uiTexts, 'en')
    const de = await loadTexts(uiTexts, 'de')
    expect(scenarioTitle(known, en)).toBe('Rotation eve')
    expect(scenarioTitle(known, de)).toBe('Vorabend der Rotation')
    expect(scenarioDescription(known, de)).toMatch(/^28\. Februar 2027: /)
  })

  it.each([
    'before-issuance',
    'new-certificate-issued',
    'halfway',
    'rotation-eve',
    'after-rotation-nobody-acted',
    'large-landscape',
  ])('has German texts for the backend’s scenario %s', async (id) => {
    const de = await loadTexts(uiTexts, 'de')
    const scenario = { id, title: '?', description: '?' }
    expect(scenarioTitle(scenario, de)).not.toMatch(/^timeTravel\.|^\?$/)
    expect(scenarioDescription(scenario, de)).not.toMatch(/^timeTravel\.|^\?$/)
  })

  it('falls back to the API’s text for a scenario it does not know', async () => {
    const de = await loadTexts(uiTexts, 'de')
    expect(scenarioTitle(unknown, de)).toBe('Added later')
    expect(scenarioDescription(unknown, de)).toBe('A newer scenario.')
  })
})
