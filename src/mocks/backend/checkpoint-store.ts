/** What a checkpoint list shows: everything but the saved system itself. */
export interface CheckpointSummary {
  name: string
  /** Wall clock, ISO 8601: when it was saved. */
  savedAt: string
  /** The simulated day of the saved system. */
  simulatedDate: string
  scenarioId: string
  systemCount: number
  /** Made by the app (before a link replaced the simulation), not named by the user. */
  automatic: boolean
}

/**
 * Named copies of the whole simulated system, kept beside the system's own store (so they survive a
 * reload, and a reset or an import never touches them). Also remembers which revision of the system
 * store was last loaded from a scenario and left untouched: the difference tells whether a browser
 * holds saved work that a link would replace.
 */
export interface CheckpointStore<T> {
  /** Oldest first. */
  list(): Promise<CheckpointSummary[]>
  read(name: string): Promise<T | undefined>
  /** Adds one checkpoint and, in the same transaction, removes those named in `evict`. */
  put(summary: CheckpointSummary, value: T, evict?: readonly string[]): Promise<void>
  /** False when there was none of that name. */
  delete(name: string): Promise<boolean>
  /** The system store's revision right after a scenario was loaded, if one was recorded. */
  untouchedRevision(): Promise<number | undefined>
  markUntouched(revision: number): Promise<void>
}

/** Checkpoints in memory: for unit tests and browsers without IndexedDB. */
export function createMemoryCheckpointStore<T>(): CheckpointStore<T> {
  const saved = new Map<string, { summary: CheckpointSummary; value: T }>()
  let untouched: number | undefined
  return {
    list: async () => [...saved.values()].map(({ summary }) => summary).sort(bySavedAt),
    read: async (name) => saved.get(name)?.value,
    put: async (summary, value, evict = []) => {
      for (const name of evict) saved.delete(name)
      saved.set(summary.name, { summary, value })
    },
    delete: async (name) => saved.delete(name),
    untouchedRevision: async () => untouched,
    markUntouched: async (revision) => {
      untouched = revision
    },
  }
}

export const bySavedAt = (a: CheckpointSummary, b: CheckpointSummary) =>
  a.savedAt.localeCompare(b.savedAt) || a.name.localeCompare(b.name)
