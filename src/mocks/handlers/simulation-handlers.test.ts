import { describe, expect, it } from 'vitest'
import { scenarioList } from '../../api/contracts/simulation'
import { api, resetTo, startApiServer } from '../testing/api-server'

const { announced } = startApiServer()

describe('GET /api/simulation/scenarios', () => {
  it('lists the six scenarios and the current one', async () => {
    await resetTo('rotation-eve')
    const list = scenarioList.parse((await api('simulation/scenarios')).body)
    expect(list.items.map((s) => s.id)).toEqual([
      'before-issuance',
      'new-certificate-issued',
      'halfway',
      'rotation-eve',
      'after-rotation-nobody-acted',
      'large-landscape',
    ])
    expect(list.current).toBe('rotation-eve')
  })
})

describe('POST /api/simulation/reset', () => {
  it('replaces the whole system and announces the change to other tabs', async () => {
    await api('clock/advance', { method: 'POST', body: { days: 30 } })
    const before = announced.length
    const { status, body } = await api('simulation/reset', {
      method: 'POST',
      body: { scenario: 'new-certificate-issued' },
    })
    expect(status).toBe(200)
    expect(body).toMatchObject({
      scenario: 'new-certificate-issued',
      clock: { today: '2027-02-01' },
    })
    expect(announced.length).toBe(before + 1)
    expect((await api('clock')).body.today).toBe('2027-02-01')
  })

  it('refuses an unknown scenario (400, field scenario) and a bad body, changing nothing', async () => {
    const unknown = await api('simulation/reset', {
      method: 'POST',
      body: { scenario: 'tomorrow' },
    })
    expect(unknown.status).toBe(400)
    expect(unknown.body.error).toMatchObject({
      code: 'UnknownScenario',
      details: [{ field: 'scenario' }],
    })
    const bad = await api('simulation/reset', {
      method: 'POST',
      body: { scenario: 'halfway', x: 1 },
    })
    expect(bad.status).toBe(400)
    expect((await api('clock')).body.today).toBe('2027-02-01')
  })
})
