import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { createMemoryCheckpointStore } from '../backend/checkpoint-store'
import { Checkpoints } from '../backend/checkpoints'
import { createSimulatedBackend, type SimulatedBackend } from '../backend/simulated-backend'
import type { SimulatedSystem } from '../backend/simulated-system'
import { createMemoryStore, type SystemStore } from '../backend/system-store'
import { createHandlers } from '../handlers'
import type { ScenarioBuilder } from '../handlers/simulation-handlers'
import { FaultInjector } from '../http/faults'
import { LinkGate } from '../link-gate'
import { cachedScenarioBuilder } from './scenario-cache'
import { defaultScenarioId, findScenario } from '../scenarios/scenario-catalog'

/**
 * Where the API under test answers, ending in `/api/`. msw/node's address by default; the lab
 * server's landscape once it has started, when the real server hosts the tests (a live binding:
 * read it inside tests, not at a file's top level).
 */
export let apiBase = 'http://localhost/api/'

/** What a test file may reach behind the API, whichever host answers it. */
export interface ApiTestServer {
  backend: SimulatedBackend
  /** The store under the backend: the test's own when it gave one. */
  store: SystemStore<SimulatedSystem>
  /** The revision of every saved change, as the other tabs (or the SSE streams) are told it. */
  announced: number[]
  faults: FaultInjector
  checkpoints: Checkpoints
  linkGate: LinkGate
}

export interface ApiTestHostOptions {
  /** A test's own store (a damaged one, one that refuses a save); else the host's. */
  store?: SystemStore<SimulatedSystem>
  buildScenario: ScenarioBuilder
  /** Tells the tests where the API answers (see apiBase). */
  setApiBase(base: string): void
}

/** Starts the handlers for one test file and registers the hooks that stop them. */
export type ApiTestHost = (options: ApiTestHostOptions) => ApiTestServer

// One build per scenario and test file serves every reset to it (see scenario-cache.ts).
const buildCached = cachedScenarioBuilder()

let host: ApiTestHost = startInMsw

/**
 * Puts another host in place of msw/node for this test file: the lab server's test setup
 * (src/server/api-over-http.setup.ts) runs the same test files against a real server over HTTP.
 */
export function useApiTestHost(other: ApiTestHost): void {
  host = other
}

/**
 * Starts the real handlers for one test file; tests talk to them with `fetch`, as a client would.
 * In msw/node over a memory store by default; over HTTP against a lab server in the api-over-http
 * Vitest project.
 */
export function startApiServer({ store }: { store?: SystemStore<SimulatedSystem> } = {}) {
  const started = host({
    store,
    buildScenario: buildCached,
    setApiBase: (base) => {
      apiBase = base
    },
  })
  // Every file's first request builds the default scenario; built here, under the hook's longer
  // timeout, it does not eat the first test's five seconds on a busy machine.
  beforeAll(() => buildCached(findScenario(defaultScenarioId)!), 60_000)
  return started
}

/** The handlers in msw/node over a memory store (or the test's own). Unhandled requests fail the test. */
function startInMsw({
  store = createMemoryStore<SimulatedSystem>(),
  buildScenario,
}: ApiTestHostOptions): ApiTestServer {
  const announced: number[] = []
  const backend = createSimulatedBackend(
    store,
    (revision) => announced.push(revision),
    () => buildScenario(findScenario(defaultScenarioId)!),
  )
  const faults = new FaultInjector()
  const checkpoints = new Checkpoints(backend, createMemoryCheckpointStore())
  const linkGate = new LinkGate()
  const server = setupServer(
    ...createHandlers(backend, { faults, buildScenario, checkpoints, linkGate }),
  )
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return { backend, store, announced, faults, checkpoints, linkGate }
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
