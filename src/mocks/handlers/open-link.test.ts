import { describe, expect, it } from 'vitest'
import { openLinkResponse, pendingLink } from '../../api/contracts/checkpoints'
import { api, resetTo, startApiServer } from '../testing/api-server'

// POST /api/simulation/link: a served page hands its ?scenario=&date=&replace= to the backend, which
// does what the browser's own backend does with them at start (boot-parameters.ts).

const { linkGate } = startApiServer()

const open = async (body: Record<string, string>) => {
  const answer = await api('simulation/link', { method: 'POST', body })
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  return openLinkResponse.parse(answer.body)
}

describe('POST /api/simulation/link', () => {
  it('applies a link at once to a scenario as loaded, and moves the clock to its date', async () => {
    await resetTo('before-issuance')
    expect(await open({ scenario: 'halfway', date: '2027-02-20' })).toEqual({
      outcome: 'applied',
      checkpoint: null,
      problems: [],
    })
    expect((await api('simulation/scenarios')).body.current).toBe('halfway')
    expect((await api('clock')).body.today).toBe('2027-02-20')
  }, 30_000)

  it('holds a link that would replace saved work until the user answers', async () => {
    await resetTo('before-issuance')
    await api('clock/advance', { method: 'POST', body: { days: 3 } })
    expect(await open({ scenario: 'halfway' })).toEqual({
      outcome: 'pending',
      checkpoint: null,
      problems: [],
    })
    expect(pendingLink.parse((await api('simulation/link')).body).pending).toEqual({
      scenario: { id: 'halfway', title: 'Halfway through the overlap' },
    })
    expect((await api('clock')).body.today).toBe('2027-01-28')
    linkGate.take()
  })

  it('with replace=1 replaces saved work without asking, kept as an automatic checkpoint', async () => {
    await resetTo('before-issuance')
    await api('clock/advance', { method: 'POST', body: { days: 3 } })
    const answer = await open({ scenario: 'halfway', replace: '1' })
    expect(answer.outcome).toBe('applied')
    expect(answer.checkpoint).toMatch(/^Before link /)
    expect((await api('simulation/scenarios')).body.current).toBe('halfway')
  }, 30_000)

  it('leaves out what is not valid, with a problem each, and changes nothing', async () => {
    await resetTo('before-issuance')
    const answer = await open({ scenario: 'halfwy', date: '2027-02-30' })
    expect(answer.outcome).toBe('nothing')
    expect(answer.problems).toEqual([
      expect.stringMatching(/^scenario=halfwy is not a scenario/),
      expect.stringMatching(/^date=2027-02-30/),
    ])
    expect((await api('clock')).body.today).toBe('2027-01-25')
  })

  it('refuses a body that is not a link (400, field by field)', async () => {
    const answer = await api('simulation/link', { method: 'POST', body: { scenario: 3 } })
    expect(answer.status).toBe(400)
    expect(answer.body.error.details[0].field).toBe('scenario')
  })
})
