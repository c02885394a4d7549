import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { findScenario } from '../scenarios/scenario-catalog'
import { advanceClockTo } from './apply-command'
import { caOf } from './certificate-factory'
import { appendOnlyProperty } from './append-only-field'
import { createIndexedDbStore } from './indexeddb-store'
import { PersistentBackend, StoreUnusableError } from './persistent-backend'
import { createSimulatedBackend } from './simulated-backend'
import { isSimulatedSystem, SYSTEM_SCHEMA_VERSION, type SimulatedSystem } from './simulated-system'

interface Counter {
  count: number
}
const isCounter = (value: unknown): value is Counter =>
  typeof (value as Counter | undefined)?.count === 'number'

let databases = 0
const freshName = () => `rotation-lab-test-${++databases}`

function counterBackend(name: string, schemaVersion = 1) {
  return new PersistentBackend<Counter>({
    store: createIndexedDbStore(name, schemaVersion, isCounter),
    createInitial: async () => ({ count: 0 }),
  })
}

const increment = (backend: PersistentBackend<Counter>) =>
  backend.update(async (current) => {
    await new Promise((resolve) => setTimeout(resolve, 1))
    return { next: { count: current.count + 1 }, result: current.count + 1 }
  })

describe('PersistentBackend over IndexedDB', () => {
  it('keeps the simulated system across a reload, CryptoKeys included', async () => {
    const name = freshName()
    // As src/mocks/browser.ts wires it: the change log kept apart, append-only.
    const store = () =>
      createIndexedDbStore(name, SYSTEM_SCHEMA_VERSION, isSimulatedSystem, {
        appendOnly: appendOnlyProperty('changeLog'),
      })
    const scenario = findScenario('before-issuance')!
    const tab = createSimulatedBackend(store(), undefined, () => scenario.build())
    await tab.update(async (system) => {
      const applied = await advanceClockTo(system, '2027-02-01')
      if (!applied.ok) throw new Error(applied.error.message)
      return { next: applied.system, result: undefined }
    })
    const reloaded = createSimulatedBackend(store(), undefined, () => {
      throw new Error('a reload must not build a new system')
    })
    const system: SimulatedSystem = await reloaded.read()
    expect(system.state.today).toBe('2027-02-01')
    expect(system.changeLog.length).toBeGreaterThan(0)
    expect(system.changeLog).toEqual((await tab.read()).changeLog)
    expect(system.pki.signingKey).toBeInstanceOf(CryptoKey)
    expect(Object.values(system.pki.privateKeys).every((key) => !key.extractable)).toBe(true)
    // The restored CA proves with a signature that its key belongs to its certificate.
    await expect(caOf(system)).resolves.toBeDefined()
  })

  it('reports a store of an older schema version as unusable, and a reset replaces it', async () => {
    const name = freshName()
    await increment(counterBackend(name, 1))
    const newer = counterBackend(name, 2)
    const error = await newer.read().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(StoreUnusableError)
    expect(error).toMatchObject({ reason: 'outdated' })
    await expect(increment(newer)).rejects.toBeInstanceOf(StoreUnusableError)
    await newer.replace({ count: 41 })
    expect(await increment(newer)).toBe(42)
  })

  it('reports a damaged value as corrupt instead of wiping it', async () => {
    const name = freshName()
    const raw = createIndexedDbStore(name, 1, (_value): _value is unknown => true)
    await raw.save({ garbage: true }, 1)
    const error = await counterBackend(name)
      .read()
      .catch((caught: unknown) => caught)
    expect(error).toMatchObject({ name: 'StoreUnusableError', reason: 'corrupt' })
    expect(await raw.load()).toMatchObject({ kind: 'ok', value: { garbage: true } })
  })

  it('reports a store of a newer schema version as newer, and never replaces it', async () => {
    const name = freshName()
    await increment(counterBackend(name, 3))
    const older = counterBackend(name, 2)
    const error = await older.read().catch((caught: unknown) => caught)
    expect(error).toMatchObject({ name: 'StoreUnusableError', reason: 'newer' })
    expect((error as Error).message).toMatch(
      /newer version .*store version 3, this version reads 2/,
    )
    // A reset, an import or a checkpoint would replace it: all of them are refused, nothing written.
    await expect(older.replace({ count: 99 })).rejects.toMatchObject({ reason: 'newer' })
    expect((await counterBackend(name, 3).read()).count).toBe(1)
  })

  it('reports damage inside a value that passes the structural check, naming where it is', async () => {
    const name = freshName()
    await createIndexedDbStore(name, 1, isCounter).save({ count: -1 }, 1)
    const store = createIndexedDbStore(name, 1, isCounter, {
      describeDamage: (value) => (value.count < 0 ? 'count: below zero' : undefined),
    })
    expect(await store.load()).toMatchObject({
      kind: 'unusable',
      reason: 'corrupt',
      detail: 'The saved simulation is damaged and cannot be read (count: below zero).',
    })
  })

  it('a save the browser refuses for quota keeps the stored and the cached value as before', async () => {
    const name = freshName()
    const backend = counterBackend(name)
    await increment(backend)
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    try {
      await expect(increment(backend)).rejects.toMatchObject({ name: 'QuotaExceededError' })
    } finally {
      IDBObjectStore.prototype.put = put
    }
    expect((await backend.read()).count).toBe(1)
    expect((await counterBackend(name).read()).count).toBe(1)
    expect(await increment(backend)).toBe(2)
  })

  it('two tabs: a change in one is seen by the other’s next read; concurrent writes each apply once', async () => {
    const name = freshName()
    const tabA = counterBackend(name)
    const tabB = counterBackend(name)
    expect((await tabB.read()).count).toBe(0)
    await increment(tabA)
    expect((await tabB.read()).count).toBe(1)
    await Promise.all([increment(tabA), increment(tabB), increment(tabA), increment(tabB)])
    expect((await tabA.read()).count).toBe(5)
    expect((await tabB.read()).count).toBe(5)
  })
})
