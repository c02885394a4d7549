import { withExclusiveLock } from './exclusive-lock'
import type { SystemStore, UnusableReason } from './system-store'

/**
 * The persisted system cannot be used: damaged or written by an older version (the user must choose
 * a reset), or written by a newer version (which must open it: nothing here may replace it).
 */
export class StoreUnusableError extends Error {
  readonly reason: UnusableReason
  constructor(reason: UnusableReason, detail: string) {
    super(detail)
    this.name = 'StoreUnusableError'
    this.reason = reason
  }
}

export interface PersistentBackendOptions<T> {
  store: SystemStore<T>
  /** Builds the system a first start (or a reset) begins with. */
  createInitial: () => Promise<T>
  /** Tells other tabs that the system changed; they invalidate their queries. */
  announceChange?: (revision: number) => void
  lockName?: string
}

/**
 * Keeps the simulated system in memory, in step with the store: reads are served from memory unless
 * another tab saved a newer revision; writes run one at a time across tabs, each on the newest state,
 * so that a clock advance started in two tabs applies every event once.
 */
export class PersistentBackend<T> {
  private cached: { value: T; revision: number } | undefined
  private readonly options: Required<Omit<PersistentBackendOptions<T>, 'announceChange'>> &
    Pick<PersistentBackendOptions<T>, 'announceChange'>

  constructor(options: PersistentBackendOptions<T>) {
    // `?? `, not a default under a spread: an explicit `lockName: undefined` must not unset the name.
    this.options = { ...options, lockName: options.lockName ?? 'rotation-lab-backend' }
  }

  /** The current system, freshly loaded if another tab changed it. */
  async read(): Promise<T> {
    const storedRevision = await this.options.store.revision()
    if (this.cached && this.cached.revision === storedRevision) return this.cached.value
    return withExclusiveLock(this.options.lockName, () => this.loadOrCreate())
  }

  /**
   * Applies `work` to the newest system under the cross-tab lock. When it returns `next`, that is
   * saved as a new revision; otherwise nothing changes (a refused request changes nothing).
   */
  async update<R>(
    work: (current: T) => Promise<{ next?: T; result: R }> | { next?: T; result: R },
  ): Promise<R> {
    return withExclusiveLock(this.options.lockName, async () => {
      const current = await this.loadOrCreate()
      const { next, result } = await work(current)
      if (next !== undefined) await this.save(next)
      return result
    })
  }

  /**
   * Replaces the whole system (a scenario reset, an import, a checkpoint), also when the stored one
   * was damaged or older — but never one a newer version wrote: that is refused, untouched. Returns
   * the new revision (checkpoints remember it as "untouched since loaded").
   */
  async replace(next: T): Promise<number> {
    return withExclusiveLock(this.options.lockName, async () => {
      if (await this.options.store.writtenByNewerVersion?.()) {
        // The reason and words of the load, so that the refusal reads like every other answer.
        const loaded = await this.options.store.load()
        if (loaded.kind === 'unusable') throw new StoreUnusableError(loaded.reason, loaded.detail)
      }
      return this.save(next)
    })
  }

  /**
   * Reads the stored system into memory ahead of the first request, so that a page's start can do it
   * beside other waiting (the service worker's start) instead of before its first answer. Never
   * creates or replaces anything; a store that cannot be read is left for the first request to report.
   */
  async preload(): Promise<void> {
    try {
      await withExclusiveLock(this.options.lockName, () => this.cachedOrStored())
    } catch {
      // The first request reads again and answers with the reason.
    }
  }

  /** The stored revision: 0 while nothing was ever saved. */
  storedRevision(): Promise<number> {
    return this.options.store.revision()
  }

  /** Under the lock: the cached system if no one saved since, else the stored one, else a new one. */
  private async loadOrCreate(): Promise<T> {
    const current = await this.cachedOrStored()
    if (current !== undefined) return current
    const initial = await this.options.createInitial()
    await this.save(initial)
    return initial
  }

  /** Under the lock: the cached system if no one saved since, else the stored one (now cached), if any. */
  private async cachedOrStored(): Promise<T | undefined> {
    // Reading the whole system (a long change log above all) is the costly part of an update; the
    // revision tells for one small read whether the copy in memory is still the stored one.
    const storedRevision = await this.options.store.revision()
    if (this.cached && this.cached.revision === storedRevision) return this.cached.value
    const loaded = await this.options.store.load()
    if (loaded.kind === 'unusable') throw new StoreUnusableError(loaded.reason, loaded.detail)
    if (loaded.kind === 'empty') return undefined
    this.cached = { value: loaded.value, revision: loaded.revision }
    return loaded.value
  }

  private async save(next: T): Promise<number> {
    const revision = (await this.options.store.revision()) + 1
    await this.options.store.save(next, revision)
    this.cached = { value: next, revision }
    this.options.announceChange?.(revision)
    return revision
  }
}
