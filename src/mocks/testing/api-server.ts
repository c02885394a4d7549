import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { createMemoryCheckpointStore } from '../backend/checkpoint-store'
import { Checkpoints } from '../backend/checkpoints'
import { createSimulatedBackend } from '../backend/simulated-backend'
import type { SimulatedSystem } from '../backend/simulated-system'
import { createMemoryStore, type SystemStore } from '../backend/system-store'
import { createHandlers } from '../handlers'
import { FaultInjector } from '../http/faults'
import { LinkGate } from '../link-gate'
import { cachedScenarioBuilder } from './scenario-cache'
import { defaultScenarioId, findScenario } from '../scenarios/scenario-catalog'

export const apiBase = 'http://localhost/api/'

// One build per scenario and test file serves every reset to it (see scenario-cache.ts).
const buildCached = cachedScenarioBuilder()

/**
 * Starts the real handlers in msw/node for one test file, over a memory store; tests talk to them
 * with `fetch`, as a client would. Unhandled requests fail the test.
 */
export function startApiServer({
  store = createMemoryStore<SimulatedSystem>(),
}: { store?: SystemStore<SimulatedSystem> } = {}) {
  const announced: number[] = []
  const backend = createSimulatedBackend(
    store,
    (revision) => announced.push(revision),
    () => buildCached(findScenario(defaultScenarioId)!),
  )
  const faults = new FaultInjector()
  const checkpoints = new Checkpoints(backend, createMemoryCheckpointStore())
  const linkGate = new LinkGate()
  const server = setupServer(
    ...createHandlers(backend, { faults, buildScenario: buildCached, checkpoints, linkGate }),
  )
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  // Every file's first request builds the default scenario; built here, under the hook's longer
  // timeout, it does not eat the first test's five seconds on a busy machine.
  beforeAll(() => buildCached(findScenario(defaultScenarioId)!), 60_000)
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return { backend, store, announced, server, faults, checkpoints, linkGate }
}

/** fetch against the simulated API, JSON in and out. */
export async function api(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  // Bytes go as they are (a file upload); anything else as JSON.
  const raw = init.body instanceof Uint8Array
  const response = await fetch(apiBase + path, {
    method: init.method ?? 'GET',
    headers: {
      'Content-Type': raw ? 'application/octet-stream' : 'application/json',
      ...init.headers,
    },
    body:
      init.body === undefined
        ? undefined
        : raw || typeof init.body === 'string'
          ? (init.body as BodyInit)
          : JSON.stringify(init.body),
  })
  const type = response.headers.get('Content-Type') ?? ''
  const body: unknown = type.includes('json') ? await response.json() : await response.arrayBuffer()
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the body loosely and assert on it
  return { status: response.status, headers: response.headers, body: body as any }
}

/** Resets the backend to a scenario through the API. */
export async function resetTo(scenario: string) {
  const result = await api('simulation/reset', { method: 'POST', body: { scenario } })
  if (result.status !== 200)
    throw new Error(`reset to ${scenario} failed: ${JSON.stringify(result.body)}`)
  return result
}
