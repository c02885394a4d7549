import { describe, expect, it } from 'vitest'
import { noFaults } from '../../api/contracts/simulation'
import { loadTexts } from '../i18n/text-bundle'
import { uiTexts } from '../i18n/ui-text-bundle'
import { describeFaults, failLabels, failureKindLabels, latencyLabels } from './fault-labels'

describe('describeFaults', () => {
  it('says nothing when no fault is on', async () => {
    const t = await loadTexts(uiTexts, 'en')
    expect(describeFaults(noFaults, t)).toBeUndefined()
    expect(describeFaults({ ...noFaults, fail: 'writes', failureRate: 0 }, t)).toBeUndefined()
  })

  it('names latency and failures with their rate and kind', async () => {
    const t = await loadTexts(uiTexts, 'en')
    expect(
      describeFaults(
        { latency: 'slow', fail: 'writes', failureKind: 'http-500', failureRate: 0.5 },
        t,
      ),
    ).toBe('Slow latency · writes fail (50 %, HTTP 500)')
    expect(
      describeFaults(
        { latency: 'none', fail: 'all', failureKind: 'network-error', failureRate: 1 },
        t,
      ),
    ).toBe('reads and writes fail (100 %, network error)')
  })

  it('speaks German', async () => {
    const t = await loadTexts(uiTexts, 'de')
    expect(
      describeFaults(
        { latency: 'realistic', fail: 'reads', failureKind: 'network-error', failureRate: 0.3 },
        t,
      ),
    ).toBe('Realistische Latenz · Lesezugriffe schlagen fehl (30 %, Netzwerkfehler)')
  })
})

describe('the settings’ labels', () => {
  it.each([
    ['en', 'Writes fail', 'Slow (1.5–3 s)'],
    ['de', 'Schreibzugriffe schlagen fehl', 'Langsam (1,5–3 s)'],
  ] as const)('are in the bundle in %s', async (language, writes, slow) => {
    const t = await loadTexts(uiTexts, language)
    expect(t(failLabels.writes)).toBe(writes)
    expect(t(latencyLabels.slow)).toBe(slow)
    for (const key of [
      ...Object.values(latencyLabels),
      ...Object.values(failLabels),
      ...Object.values(failureKindLabels),
    ])
      expect(t(key)).not.toBe(key)
  })
})
