import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { appendOnlyProperty } from '../backend/append-only-field'
import { createIndexedDbStore } from '../backend/indexeddb-store'
import { isSimulatedSystem, SYSTEM_SCHEMA_VERSION } from '../backend/simulated-system'
import { api, resetTo, startApiServer } from '../testing/api-server'

// As the browser wires it: IndexedDB with the change log kept apart (a clear rewrites it).
const { backend } = startApiServer({
  store: createIndexedDbStore('rotation-lab-storage', SYSTEM_SCHEMA_VERSION, isSimulatedSystem, {
    appendOnly: appendOnlyProperty('changeLog'),
  }),
})

const advance = (to: string) => api('clock/advance', { method: 'POST', body: { to } })
const clearBefore = (before: unknown) =>
  api('simulation/storage/clear-change-records', { method: 'POST', body: { before } })

/** Makes every IndexedDB put fail as a full disk does, for the duration of `work`. */
async function withFullStorage<T>(work: () => Promise<T>): Promise<T> {
  const put = IDBObjectStore.prototype.put
  IDBObjectStore.prototype.put = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  }
  try {
    return await work()
  } finally {
    IDBObjectStore.prototype.put = put
  }
}

describe('storage of the saved simulation', () => {
  it('tells how many change records there are and since when', async () => {
    await resetTo('before-issuance')
    await advance('2027-08-10') // issuance, then the rotation: records on both days
    const { status, body } = await api('simulation/storage')
    expect(status).toBe(200)
    expect(body).toMatchObject({ changeRecords: expect.any(Number), today: '2027-08-10' })
    expect(body.changeRecords).toBeGreaterThan(1)
    expect(body.oldestChangeDate).toBe((await backend.read()).changeLog[0]!.date)
  })

  it('clears the change records dated before a day, keeps the rest, and keeps them after a reload', async () => {
    await resetTo('before-issuance')
    await advance('2027-08-10')
    const log = (await backend.read()).changeLog
    const cut = log.find((entry) => entry.date > log[0]!.date)!.date
    const expectedKept = log.filter((entry) => entry.date >= cut)
    const { status, body } = await clearBefore(cut)
    expect(status).toBe(200)
    expect(body).toEqual({ removed: log.length - expectedKept.length, kept: expectedKept.length })
    expect((await api('simulation/storage')).body.oldestChangeDate).toBe(cut)
    const reloaded = await createIndexedDbStore(
      'rotation-lab-storage',
      SYSTEM_SCHEMA_VERSION,
      isSimulatedSystem,
      { appendOnly: appendOnlyProperty('changeLog') },
    ).load()
    expect(reloaded.kind === 'ok' && reloaded.value.changeLog).toEqual(expectedKept)
  })

  it('saves nothing when no record is older than the day', async () => {
    await resetTo('before-issuance')
    const revision = await backend.storedRevision()
    expect((await clearBefore('2000-01-01')).body).toMatchObject({ removed: 0 })
    expect(await backend.storedRevision()).toBe(revision)
  })

  it.each([
    [{ before: '2027-02-30' }, 'InvalidDate', /not a date of the calendar/],
    [{ before: '2099-01-01' }, 'DateInFuture', /on or before the simulated today, 2027-01-25/],
    [{ before: 'yesterday' }, 'ValidationFailed', /YYYY-MM-DD/],
    [{ before: '2027-01-01', all: true }, 'ValidationFailed', /./],
  ])('refuses %j with a reason for the field', async (body, code, message) => {
    await resetTo('before-issuance')
    const answer = await api('simulation/storage/clear-change-records', { method: 'POST', body })
    expect(answer.status).toBe(400)
    expect(answer.body.error.code).toBe(code)
    expect(answer.body.error.details[0].message).toMatch(message)
  })

  it('a change the browser has no room for answers 507 StorageFull, and nothing of it is kept', async () => {
    await resetTo('before-issuance')
    const before = await api('clock')
    const answer = await withFullStorage(() => advance('2027-02-14'))
    expect(answer.status).toBe(507)
    expect(answer.body.error.code).toBe('StorageFull')
    expect(answer.body.error.message).toMatch(
      /no room left.*not saved.*export.*clear old change records.*reset/i,
    )
    expect((await api('clock')).body).toEqual(before.body)
    // Once there is room again, the same change goes through.
    expect((await advance('2027-02-14')).status).toBe(200)
  })
})
