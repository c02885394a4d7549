import { CHECKPOINT_LIMIT } from '../../api/contracts/checkpoints'
import type { CheckpointStore, CheckpointSummary } from './checkpoint-store'
import { withExclusiveLock } from './exclusive-lock'
import type { SimulatedBackend } from './simulated-backend'
import type { SimulatedSystem } from './simulated-system'

export type CheckpointRefusal = {
  ok: false
  status: 404 | 409
  code: 'CheckpointNotFound' | 'CheckpointExists' | 'CheckpointLimit'
  message: string
}

/**
 * Named copies of the whole simulated system: save, list, restore, delete. Also answers whether the
 * browser holds saved work, i.e. anything but a scenario as it was loaded (see hasSavedWork).
 */
export class Checkpoints {
  constructor(
    private readonly backend: SimulatedBackend,
    private readonly store: CheckpointStore<SimulatedSystem>,
    private readonly now: () => Date = () => new Date(),
    private readonly lockName = 'rotation-lab-checkpoints',
  ) {}

  list(): Promise<CheckpointSummary[]> {
    return this.store.list()
  }

  /**
   * Saves the current system under `name`. A name in use is refused; so is one more than the limit,
   * except for an automatic checkpoint, which makes room by dropping the oldest automatic one.
   */
  async save(
    name: string,
    { automatic = false }: { automatic?: boolean } = {},
  ): Promise<{ ok: true; summary: CheckpointSummary } | CheckpointRefusal> {
    const system = await this.backend.read()
    return withExclusiveLock(this.lockName, async () => {
      const existing = await this.store.list()
      if (existing.some((checkpoint) => checkpoint.name === name)) {
        return refusal(409, 'CheckpointExists', `A checkpoint named "${name}" exists already.`)
      }
      const evict: string[] = []
      if (existing.length >= CHECKPOINT_LIMIT) {
        const oldestAutomatic = existing.find((checkpoint) => checkpoint.automatic)
        if (!automatic || !oldestAutomatic) {
          return refusal(
            409,
            'CheckpointLimit',
            `A browser keeps at most ${CHECKPOINT_LIMIT} checkpoints. Delete one to save another.`,
          )
        }
        evict.push(oldestAutomatic.name)
      }
      const summary: CheckpointSummary = {
        name,
        savedAt: this.now().toISOString(),
        simulatedDate: system.state.today,
        scenarioId: system.scenarioId,
        systemCount: system.state.systems.length,
        automatic,
      }
      await this.store.put(summary, system, evict)
      return { ok: true as const, summary }
    })
  }

  /** Makes the checkpoint the current system again (the checkpoint stays). */
  async restore(name: string): Promise<{ ok: true; system: SimulatedSystem } | CheckpointRefusal> {
    const system = await this.store.read(name)
    if (!system) return notFound(name)
    await this.backend.replace(system)
    return { ok: true, system }
  }

  async delete(name: string): Promise<{ ok: true } | CheckpointRefusal> {
    return (await this.store.delete(name)) ? { ok: true } : notFound(name)
  }

  /**
   * True when a link would replace work: the stored system changed since a scenario was loaded.
   * The revision after each scenario load (reset, link) is recorded; with no record, revision 1 is
   * the default scenario of the first start, and nothing stored at all (revision 0) is no work.
   */
  async hasSavedWork(): Promise<boolean> {
    const revision = await this.backend.storedRevision()
    if (revision === 0) return false
    return revision !== ((await this.store.untouchedRevision()) ?? 1)
  }

  /** Records that the stored system is a scenario as loaded, at the backend's current revision. */
  async markUntouched(): Promise<void> {
    await this.store.markUntouched(await this.backend.storedRevision())
  }
}

function notFound(name: string): CheckpointRefusal {
  return refusal(404, 'CheckpointNotFound', `There is no checkpoint named "${name}".`)
}

function refusal(
  status: CheckpointRefusal['status'],
  code: CheckpointRefusal['code'],
  message: string,
): CheckpointRefusal {
  return { ok: false, status, code, message }
}
