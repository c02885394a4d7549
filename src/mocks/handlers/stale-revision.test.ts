import { describe, expect, it } from 'vitest'
import type { SimulatedSystem } from '../backend/simulated-system'
import { createMemoryStore, StaleRevisionError, type SystemStore } from '../backend/system-store'
import { api, resetTo, startApiServer } from '../testing/api-server'

// Two lab server processes on one database (issue 14): the store refuses a save against a revision
// another process has replaced. The API must answer 412 and keep what was saved, not 500.

/** A memory store whose next save is refused as stale, as the PostgreSQL store refuses one. */
function storeWithAStaleSave(): SystemStore<SimulatedSystem> & { refuseNextSave(): void } {
  const store = createMemoryStore<SimulatedSystem>()
  let refuse = false
  return {
    ...store,
    async save(value, revision) {
      if (refuse) {
        refuse = false
        throw new StaleRevisionError(`expected revision ${revision - 1}, another process saved first`)
      }
      return store.save(value, revision)
    },
    refuseNextSave: () => void (refuse = true),
  }
}

const store = storeWithAStaleSave()
startApiServer({ store })

describe('a save another process made stale', () => {
  it('answers 412 VersionConflict, and nothing of the change is kept', async () => {
    await resetTo('before-issuance')
    const before = await api('clock')
    const revision = await store.revision()

    store.refuseNextSave()
    const refused = await api('clock/advance', { method: 'POST', body: { days: 3 } })
    expect(refused.status).toBe(412)
    expect(refused.body.error).toMatchObject({ code: 'VersionConflict' })
    expect(refused.body.error.message).toMatch(/changed meanwhile.*Reload and apply it again/)
    expect(await store.revision()).toBe(revision)
    expect((await api('clock')).body).toEqual(before.body)

    // The next try goes through.
    const moved = await api('clock/advance', { method: 'POST', body: { days: 3 } })
    expect(moved.status).toBe(200)
    expect((await api('clock')).body.today).not.toBe(before.body.today)
  })
})
