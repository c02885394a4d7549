import { getResponse, type RequestHandler } from 'msw'
import type { CheckpointStore } from '../mocks/backend/checkpoint-store'
import { Checkpoints } from '../mocks/backend/checkpoints'
import { createSimulatedBackend, type SimulatedBackend } from '../mocks/backend/simulated-backend'
import type { SimulatedSystem } from '../mocks/backend/simulated-system'
import type { SystemStore } from '../mocks/backend/system-store'
import { createHandlers } from '../mocks/handlers'
import { clockHandlers } from '../mocks/handlers/clock-handlers'
import { simulationHandlers, type ScenarioBuilder } from '../mocks/handlers/simulation-handlers'
import { FaultInjector } from '../mocks/http/faults'
import { LinkGate } from '../mocks/link-gate'
import { defaultScenarioId, findScenario } from '../mocks/scenarios/scenario-catalog'
import type { LandscapeRecord } from './landscape-storage'

/**
 * One trainee's simulated SAP system on the server: its own backend over its own store, faults,
 * checkpoints and link gate, wired to the very handlers the browser's service worker runs (as
 * src/mocks/testing/api-server.ts wires them for the handler tests).
 */
export class Landscape {
  readonly backend: SimulatedBackend
  readonly faults = new FaultInjector()
  readonly checkpoints: Checkpoints
  readonly linkGate = new LinkGate()
  /** Wall clock of the last API request, ISO 8601. */
  lastActivity: string
  /** Told the revision of every saved change (the SSE streams of the participants' pages). */
  private readonly changeListeners = new Set<(revision: number) => void>()
  private readonly handlers: RequestHandler[]
  /** Reset and clock moves for the instructor: the same handlers, without this landscape's faults. */
  private readonly instructorHandlers: RequestHandler[]

  constructor(
    readonly record: LandscapeRecord,
    store: SystemStore<SimulatedSystem>,
    checkpointStore: CheckpointStore<SimulatedSystem>,
    buildScenario: ScenarioBuilder,
  ) {
    this.backend = createSimulatedBackend(
      store,
      (revision) => {
        for (const listener of this.changeListeners) listener(revision)
      },
      () => buildScenario(findScenario(defaultScenarioId)!),
      { lockName: `landscape:${record.id}` },
    )
    this.checkpoints = new Checkpoints(
      this.backend,
      checkpointStore,
      undefined,
      `landscape-checkpoints:${record.id}`,
    )
    this.handlers = createHandlers(this.backend, {
      faults: this.faults,
      buildScenario,
      checkpoints: this.checkpoints,
      linkGate: this.linkGate,
    })
    this.instructorHandlers = [
      ...simulationHandlers(this.backend, buildScenario, this.checkpoints),
      ...clockHandlers(this.backend),
    ]
    this.lastActivity = record.createdAt
  }

  get id() {
    return this.record.id
  }

  /** Calls `listener` with the revision of every change saved from now on; returns the unsubscribe. */
  onChange(listener: (revision: number) => void): () => void {
    this.changeListeners.add(listener)
    return () => this.changeListeners.delete(listener)
  }

  /**
   * Answers a request to this landscape's API (any URL whose path holds `/api/…`). A simulated
   * network error comes back as `Response.error()` (type "error"): the host must drop the connection.
   */
  async respond(request: Request): Promise<Response> {
    this.lastActivity = new Date().toISOString()
    return (await getResponse(this.handlers, request)) ?? missingRoute()
  }

  /** An instructor's call on this landscape, e.g. `POST simulation/reset`, as a trainee's would be. */
  async instruct(method: string, path: string, body: unknown): Promise<Response> {
    const request = new Request(`http://landscape.internal/api/${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    return (await getResponse(this.instructorHandlers, request)) ?? missingRoute()
  }
}

/** Not reached while the handlers end in their own 404 route; kept so that a gap is a 404 too. */
function missingRoute() {
  return Response.json(
    { error: { code: 'NotFound', message: 'No handler answered this request.', details: [] } },
    { status: 404 },
  )
}
