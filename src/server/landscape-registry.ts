import type { ScenarioBuilder } from '../mocks/handlers/simulation-handlers'
import { Landscape } from './landscape'
import { newLandscapeId } from './landscape-id'
import type { LandscapeStorage } from './landscape-storage'

export interface NewLandscape {
  scenario: string
  /** YYYY-MM-DD: the clock is moved there after the scenario is loaded. */
  date?: string
  class?: string | null
}

/**
 * Every landscape of the server, by id. Records live in the storage; the backends in memory, one
 * per landscape, each loading its system from its own store on first use.
 */
export class LandscapeRegistry {
  private readonly landscapes = new Map<string, Landscape>()

  private constructor(
    private readonly storage: LandscapeStorage,
    private readonly buildScenario: ScenarioBuilder,
  ) {}

  static async open(
    storage: LandscapeStorage,
    buildScenario: ScenarioBuilder = (scenario) => scenario.build(),
  ): Promise<LandscapeRegistry> {
    const registry = new LandscapeRegistry(storage, buildScenario)
    for (const record of await storage.list()) registry.attach(record)
    return registry
  }

  get description() {
    return this.storage.description
  }

  get(id: string): Landscape | undefined {
    return this.landscapes.get(id)
  }

  /** Oldest first; only the class's when `className` is given. */
  list(className?: string): Landscape[] {
    return [...this.landscapes.values()]
      .filter((landscape) => className === undefined || landscape.record.class === className)
      .sort((a, b) => a.record.createdAt.localeCompare(b.record.createdAt))
  }

  /**
   * Creates a landscape in the scenario (and on the date) through its own handlers, so that a bad
   * scenario or date is refused exactly as the API refuses it. A refused one is not kept.
   */
  async create(
    request: NewLandscape,
  ): Promise<{ ok: true; landscape: Landscape } | { ok: false; response: Response }> {
    const record = {
      id: newLandscapeId(),
      class: request.class ?? null,
      createdAt: new Date().toISOString(),
    }
    await this.storage.create(record)
    const landscape = this.attach(record)
    const reset = await landscape.instruct('POST', 'simulation/reset', {
      scenario: request.scenario,
    })
    const moved =
      reset.ok && request.date
        ? await landscape.instruct('POST', 'clock/advance', { to: request.date })
        : reset
    if (moved.ok) return { ok: true, landscape }
    await this.delete(record.id)
    return { ok: false, response: moved }
  }

  /**
   * A new landscape holding a copy of `source` as it is now — clock, systems, certificates with
   * their keys, change log — e.g. for a trainee who joins late, or to keep a state before a demo.
   * The copy has its own id and lives on independently; faults and checkpoints are not copied.
   */
  async clone(source: Landscape, { class: className }: { class?: string }): Promise<Landscape> {
    const system = await source.backend.read()
    const record = {
      id: newLandscapeId(),
      class: className ?? source.record.class,
      createdAt: new Date().toISOString(),
    }
    await this.storage.create(record)
    const copy = this.attach(record)
    // A deep copy (keys included: CryptoKeys clone), so that nothing of the two can ever be shared.
    await copy.backend.replace(structuredClone(system))
    return copy
  }

  async delete(id: string): Promise<boolean> {
    if (!this.landscapes.delete(id)) return false
    await this.storage.delete(id)
    return true
  }

  close(): Promise<void> {
    return this.storage.close()
  }

  private attach(record: Landscape['record']): Landscape {
    const landscape = new Landscape(
      record,
      this.storage.systemStore(record.id),
      this.storage.checkpointStore(record.id),
      this.buildScenario,
    )
    this.landscapes.set(record.id, landscape)
    return landscape
  }
}
