import { describe, expect, it } from 'vitest'
import {
  CHECKPOINT_LIMIT,
  checkpointList,
  checkpointSummary,
} from '../../api/contracts/checkpoints'
import { api, resetTo, startApiServer } from '../testing/api-server'

const { checkpoints } = startApiServer()

const save = (name: unknown) => api('simulation/checkpoints', { method: 'POST', body: { name } })
const names = async () =>
  checkpointList.parse((await api('simulation/checkpoints')).body).items.map((c) => c.name)

async function deleteAll() {
  for (const name of await names())
    await api(`simulation/checkpoints/${encodeURIComponent(name)}`, { method: 'DELETE' })
}

describe('checkpoints', () => {
  it('saves the current system under a name (201), lists it and restores it after a change', async () => {
    await deleteAll()
    await resetTo('halfway')
    const saved = await save('  Halfway, untouched  ')
    expect(saved.status).toBe(201)
    expect(checkpointSummary.parse(saved.body)).toMatchObject({
      name: 'Halfway, untouched',
      simulatedDate: '2027-02-14',
      scenarioId: 'halfway',
      systemCount: 11,
      automatic: false,
    })
    expect(Date.parse(saved.body.savedAt)).not.toBeNaN()

    await api('clock/advance', { method: 'POST', body: { to: '2027-03-01' } })
    expect((await api('clock')).body.today).toBe('2027-03-01')

    const restored = await api(
      `simulation/checkpoints/${encodeURIComponent('Halfway, untouched')}/restore`,
      { method: 'POST' },
    )
    expect(restored.status).toBe(200)
    expect(restored.body).toMatchObject({
      name: 'Halfway, untouched',
      clock: { today: '2027-02-14' },
    })
    expect((await api('clock')).body.today).toBe('2027-02-14')
    const readiness = (await api('rotation/readiness')).body
    expect(readiness.counts).toMatchObject({ Done: 4, Broken: 1 })
    // The checkpoint stays after a restore.
    expect(await names()).toEqual(['Halfway, untouched'])
  }, 30_000)

  it('refuses a name in use (409), an empty, too long or control-character name (400, field name)', async () => {
    await deleteAll()
    expect((await save('Mine')).status).toBe(201)
    const twice = await save('Mine')
    expect(twice.status).toBe(409)
    expect(twice.body.error).toMatchObject({
      code: 'CheckpointExists',
      details: [{ field: 'name' }],
    })
    for (const bad of ['', '   ', 'x'.repeat(81), 'a\nb', 'evil\u202Eexe', 'nul\u0000', 42]) {
      const refused = await save(bad)
      expect(refused.status, JSON.stringify(bad)).toBe(400)
      expect(refused.body.error.details[0].field).toBe('name')
    }
    expect(await names()).toEqual(['Mine'])
  })

  it(`keeps at most ${CHECKPOINT_LIMIT}: one more is refused (409), an automatic one replaces the oldest automatic`, async () => {
    await deleteAll()
    const auto = await checkpoints.save('Before link A', { automatic: true })
    expect(auto.ok).toBe(true)
    for (let i = 1; i < CHECKPOINT_LIMIT; i++) expect((await save(`Save ${i}`)).status).toBe(201)
    const over = await save('One too many')
    expect(over.status).toBe(409)
    expect(over.body.error).toMatchObject({ code: 'CheckpointLimit' })
    expect(over.body.error.message).toContain(`at most ${CHECKPOINT_LIMIT}`)
    const next = await checkpoints.save('Before link B', { automatic: true })
    expect(next.ok).toBe(true)
    const list = await names()
    expect(list).toHaveLength(CHECKPOINT_LIMIT)
    expect(list).not.toContain('Before link A')
    expect(list).toContain('Before link B')
  })

  it('deletes (204) and answers 404 for an unknown name on delete and restore', async () => {
    await deleteAll()
    await save('Gone soon')
    expect((await api('simulation/checkpoints/Gone%20soon', { method: 'DELETE' })).status).toBe(204)
    expect(await names()).toEqual([])
    const again = await api('simulation/checkpoints/Gone%20soon', { method: 'DELETE' })
    expect(again.status).toBe(404)
    expect(again.body.error.code).toBe('CheckpointNotFound')
    const restore = await api('simulation/checkpoints/nothing/restore', { method: 'POST' })
    expect(restore.status).toBe(404)
  })
})

describe('saved work (what a link would replace)', () => {
  it('is none right after a scenario reset, and some after any change', async () => {
    await resetTo('before-issuance')
    expect(await checkpoints.hasSavedWork()).toBe(false)
    await api('clock/advance', { method: 'POST', body: { days: 1 } })
    expect(await checkpoints.hasSavedWork()).toBe(true)
  })
})
