import { afterAll, beforeAll } from 'vitest'
import type { SimulatedSystem } from '../mocks/backend/simulated-system'
import type { SystemStore } from '../mocks/backend/system-store'
import type { ApiTestHost } from '../mocks/testing/api-server'
import type { Landscape } from './landscape'
import { newLandscapeId } from './landscape-id'
import { LandscapeRegistry } from './landscape-registry'
import { createMemoryLandscapeStorage, type LandscapeStorage } from './landscape-storage'
import { startLabServer, type RunningLabServer } from './start-server'
import { openTestStorage } from './testing'

/**
 * The handler tests' host in the api-over-http project: a lab server in this process, on loopback,
 * with one landscape for the test file; `api()` talks to its `/l/<id>/api/`. The server runs here,
 * so the landscape's own backend, faults, checkpoints and link gate are what the test reaches.
 * Store: the test database's (see openTestStorage), or the test's own store under the landscape.
 */
export const startApiOverHttp: ApiTestHost = ({ store, buildScenario, setApiBase }) => {
  const record = { id: newLandscapeId(), class: 'api-tests', createdAt: new Date().toISOString() }
  const announced: number[] = []
  let landscapeStore: SystemStore<SimulatedSystem> | undefined
  let running: { registry: LandscapeRegistry; landscape: Landscape; server: RunningLabServer }

  beforeAll(async () => {
    const base = store ? createMemoryLandscapeStorage() : await workerStorage()
    const storage: LandscapeStorage = {
      ...base,
      // The worker's database outlives the file: only the file's landscape goes with it.
      close: async () => undefined,
      // A shared test database holds other files' landscapes: this server serves only its own.
      list: async () => [record],
      systemStore: (id) => (landscapeStore = store ?? base.systemStore(id)),
    }
    await storage.create(record)
    const registry = await LandscapeRegistry.open(storage, buildScenario)
    const landscape = registry.get(record.id)!
    landscape.onChange((revision) => announced.push(revision))
    const server = await startLabServer({ registry })
    setApiBase(`${server.origin}/l/${record.id}/api/`)
    running = { registry, landscape, server }
  }, 60_000)
  afterAll(async () => {
    if (!running) return
    await running.server.close()
    await running.registry.delete(record.id)
    await running.registry.close()
  })

  const landscape = () => running?.landscape ?? notStartedYet()
  return {
    backend: lateBound(() => landscape().backend),
    store: store ?? lateBound(() => landscapeStore ?? notStartedYet()),
    announced,
    faults: lateBound(() => landscape().faults),
    checkpoints: lateBound(() => landscape().checkpoints),
    linkGate: lateBound(() => landscape().linkGate),
  }
}

let sharedStorage: Promise<LandscapeStorage> | undefined

/**
 * One database connection (PGlite: one in-process database) per Vitest worker, shared by the test
 * files it runs one after the other: the project runs without isolation (vitest.config.ts), so this
 * module lives as long as the worker. Each file has a landscape of its own in it.
 */
function workerStorage(): Promise<LandscapeStorage> {
  sharedStorage ??= openTestStorage()
  return sharedStorage
}

function notStartedYet(): never {
  throw new Error('The lab server starts in beforeAll: reach the landscape in tests and hooks.')
}

/**
 * Stands for an object that exists only once the server has started: test files take the objects
 * at their top level, and use them in tests and hooks, after beforeAll.
 */
function lateBound<T extends object>(resolve: () => T): T {
  return new Proxy({} as T, {
    get(_, property) {
      const target = resolve()
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value
    },
  })
}
