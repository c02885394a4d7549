import { describe, expect, it } from 'vitest'
import { pendingLink, replaceByLinkResponse } from '../../api/contracts/checkpoints'
import { api, resetTo, startApiServer } from '../testing/api-server'

const { linkGate, checkpoints } = startApiServer()

describe('a link waiting for an answer (GET /api/simulation/link, …/replace, …/keep)', () => {
  it('none: GET says null, replace and keep answer 404', async () => {
    expect(pendingLink.parse((await api('simulation/link')).body)).toEqual({ pending: null })
    expect((await api('simulation/link/replace', { method: 'POST' })).status).toBe(404)
    expect((await api('simulation/link/keep', { method: 'POST' })).status).toBe(404)
  })

  it('keep: nothing changes and the link is gone', async () => {
    await resetTo('before-issuance')
    await api('clock/advance', { method: 'POST', body: { days: 3 } })
    linkGate.hold({ scenario: 'halfway', date: '2027-02-20' })
    expect((await api('simulation/link')).body).toEqual({
      pending: {
        scenario: { id: 'halfway', title: 'Halfway through the overlap' },
        date: '2027-02-20',
      },
    })
    expect((await api('simulation/link/keep', { method: 'POST' })).status).toBe(204)
    expect((await api('simulation/link')).body).toEqual({ pending: null })
    expect((await api('clock')).body.today).toBe('2027-01-28')
  })

  it('replace: saved work becomes an automatic checkpoint that restores it, then the link applies', async () => {
    await resetTo('before-issuance')
    await api('clock/advance', { method: 'POST', body: { days: 3 } })
    linkGate.hold({ scenario: 'halfway', date: '2027-02-20' })
    const { status, body } = await api('simulation/link/replace', { method: 'POST' })
    expect(status).toBe(200)
    const answer = replaceByLinkResponse.parse(body)
    expect(answer.checkpoint).toMatch(/^Before link \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    expect(answer).toMatchObject({ clock: { today: '2027-02-20' }, problems: [] })
    expect(await checkpoints.hasSavedWork()).toBe(false)

    const list = (await api('simulation/checkpoints')).body.items
    expect(list).toContainEqual(
      expect.objectContaining({
        name: answer.checkpoint,
        automatic: true,
        simulatedDate: '2027-01-28',
      }),
    )
    const restored = await api(
      `simulation/checkpoints/${encodeURIComponent(answer.checkpoint!)}/restore`,
      { method: 'POST' },
    )
    expect(restored.body.clock.today).toBe('2027-01-28')
  }, 30_000)

  it('replace on an untouched scenario keeps no checkpoint', async () => {
    await resetTo('before-issuance')
    const count = (await api('simulation/checkpoints')).body.items.length
    linkGate.hold({ date: '2027-01-30' })
    const { body } = await api('simulation/link/replace', { method: 'POST' })
    expect(body).toMatchObject({ checkpoint: null, clock: { today: '2027-01-30' } })
    expect((await api('simulation/checkpoints')).body.items).toHaveLength(count)
  })
})
