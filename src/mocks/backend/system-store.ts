/** What loading the persisted simulated system found. */
export type LoadResult<T> =
  | { kind: 'empty' }
  | { kind: 'ok'; value: T; revision: number }
  | { kind: 'unusable'; reason: UnusableReason; detail: string }

/** Why a stored system cannot be used: damaged, written by an older version, or by a newer one. */
export type UnusableReason = 'corrupt' | 'outdated' | 'newer'

/**
 * Where the whole simulated system lives between page loads. Each save bumps the revision, so that
 * another tab (with its own copy in memory) can tell cheaply that it must reload.
 */
export interface SystemStore<T> {
  load(): Promise<LoadResult<T>>
  /** The revision of what is stored, without reading the (large) system itself. */
  revision(): Promise<number>
  /**
   * Stores `value` as `revision`, all or nothing. A store with an append-only field (the change
   * log, see append-only-field.ts) writes only the entries added since its last load or save.
   */
  save(value: T, revision: number): Promise<void>
  clear(): Promise<void>
  /**
   * Whether a newer version of Rotation Lab wrote what is stored (one small read; a store that only
   * this version ever writes leaves it out). Such a store must never be replaced by this version.
   */
  writtenByNewerVersion?(): Promise<boolean>
}

/**
 * A store in memory: for unit tests and for browsers without IndexedDB (nothing survives a reload).
 * It keeps the value as given, so an append-only field costs nothing here and needs no option.
 */
export function createMemoryStore<T>(): SystemStore<T> {
  let stored: { value: T; revision: number } | undefined
  return {
    load: async () => (stored ? { kind: 'ok', ...stored } : { kind: 'empty' }),
    revision: async () => stored?.revision ?? 0,
    save: async (value, revision) => {
      stored = { value, revision }
    },
    clear: async () => {
      stored = undefined
    },
  }
}

/**
 * A save against a revision that is no longer the stored one (another process saved meanwhile —
 * e.g. two lab servers on one database): refused, never written over. The API answers it 412.
 */
export class StaleRevisionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StaleRevisionError'
  }
}
