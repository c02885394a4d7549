import { describe, expect, it, vi } from 'vitest'
import { PersistentBackend } from './persistent-backend'
import { createMemoryStore, type SystemStore } from './system-store'

// A stand-in for the simulated system: a clock that applies numbered events, counting each run.
interface Clock {
  today: number
  applied: number[]
}

function backendOn(store: SystemStore<Clock>, announced: number[] = []) {
  return new PersistentBackend<Clock>({
    store,
    createInitial: async () => ({ today: 0, applied: [] }),
    announceChange: (revision) => announced.push(revision),
  })
}

/** Advances to `to`, applying every event in (today, to] with a pause in between, as key generation would. */
function advance(backend: PersistentBackend<Clock>, to: number, runs: Map<number, number>) {
  return backend.update(async (clock) => {
    const applied = [...clock.applied]
    for (let day = clock.today + 1; day <= to; day++) {
      await new Promise((resolve) => setTimeout(resolve, 1))
      runs.set(day, (runs.get(day) ?? 0) + 1)
      applied.push(day)
    }
    return to > clock.today ? { next: { today: to, applied }, result: to } : { result: clock.today }
  })
}

describe('PersistentBackend over the memory store', () => {
  it('builds the initial system once, and a "reload" (a new backend on the store) keeps state', async () => {
    const store = createMemoryStore<Clock>()
    const first = backendOn(store)
    await advance(first, 3, new Map())
    const reloaded = backendOn(store)
    expect(await reloaded.read()).toEqual({ today: 3, applied: [1, 2, 3] })
  })

  it('saves nothing and announces nothing when the work returns no next system', async () => {
    const store = createMemoryStore<Clock>()
    const announced: number[] = []
    const backend = backendOn(store, announced)
    await backend.read()
    const revision = await store.revision()
    expect(await backend.update(() => ({ result: 'refused' }))).toBe('refused')
    expect(await store.revision()).toBe(revision)
    expect(announced).toEqual([revision])
  })

  it('two tabs on one store: a change in one is seen by the other’s next read', async () => {
    const store = createMemoryStore<Clock>()
    const tabA = backendOn(store)
    const tabB = backendOn(store)
    expect((await tabB.read()).today).toBe(0)
    await advance(tabA, 5, new Map())
    expect((await tabB.read()).today).toBe(5)
  })

  it('clock advances started in two tabs at once apply each event exactly once', async () => {
    const store = createMemoryStore<Clock>()
    const runs = new Map<number, number>()
    const tabA = backendOn(store)
    const tabB = backendOn(store)
    await Promise.all([advance(tabA, 10, runs), advance(tabB, 12, runs), advance(tabA, 7, runs)])
    const final = await tabB.read()
    expect(final).toEqual({ today: 12, applied: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] })
    expect([...runs.values()].every((count) => count === 1)).toBe(true)
    expect(runs.size).toBe(12)
  })

  it('an update reads the stored system again only when another tab saved since', async () => {
    const store = createMemoryStore<Clock>()
    const load = vi.spyOn(store, 'load')
    const tabA = backendOn(store)
    await advance(tabA, 1, new Map())
    await advance(tabA, 2, new Map())
    expect(load).toHaveBeenCalledTimes(1) // the first start found the store empty
    await advance(backendOn(store), 3, new Map())
    await advance(tabA, 4, new Map())
    expect(load).toHaveBeenCalledTimes(3)
    expect(await backendOn(store).read()).toEqual({ today: 4, applied: [1, 2, 3, 4] })
  })

  it('preload() reads a stored system ahead, so the first request does not read it again', async () => {
    const store = createMemoryStore<Clock>()
    await advance(backendOn(store), 2, new Map())
    const load = vi.spyOn(store, 'load')
    const reloaded = backendOn(store)
    await reloaded.preload()
    expect(load).toHaveBeenCalledTimes(1)
    expect(await reloaded.read()).toEqual({ today: 2, applied: [1, 2] })
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('preload() creates nothing on an empty store and leaves an unreadable one to the first request', async () => {
    const empty = createMemoryStore<Clock>()
    await backendOn(empty).preload()
    expect(await empty.revision()).toBe(0)

    const damaged = createMemoryStore<Clock>()
    await damaged.save({ today: 1, applied: [1] }, 1)
    vi.spyOn(damaged, 'load').mockResolvedValue({
      kind: 'unusable',
      reason: 'corrupt',
      detail: 'The stored simulation is damaged.',
    })
    const backend = backendOn(damaged)
    await expect(backend.preload()).resolves.toBeUndefined()
    await expect(backend.read()).rejects.toThrow('The stored simulation is damaged.')
  })

  it('replace() starts over, also after another tab’s changes', async () => {
    const store = createMemoryStore<Clock>()
    const tabA = backendOn(store)
    const tabB = backendOn(store)
    await advance(tabA, 4, new Map())
    await tabB.replace({ today: 100, applied: [] })
    expect((await tabA.read()).today).toBe(100)
  })
})
