/**
 * One array field of a stored value that only ever grows at its end (the change log). A store given
 * this keeps the entries apart from the rest of the value, so that a save writes only the entries
 * added since, never the ones already stored.
 *
 * The contract: entries are immutable. A value derived from a loaded (or saved) one by appending
 * keeps the very same entry objects at their positions, and that identity is what a store checks
 * to know that a save is an append (see firstNewEntry).
 */
export interface AppendOnlyField<T> {
  entriesOf(value: T): readonly unknown[]
  /** The value with this field set to `entries` (the store passes [] to store the rest alone). */
  withEntries(value: T, entries: unknown[]): T
}

/** The field `key` of T, which must be an array, as the append-only field of T. */
export function appendOnlyProperty<T extends Record<K, readonly unknown[]>, K extends keyof T>(
  key: K,
): AppendOnlyField<T> {
  return {
    entriesOf: (value) => value[key],
    // The spread of a generic T widens to an object type TS cannot relate back to T.
    withEntries: (value, entries) => ({ ...value, [key]: entries }) as T,
  }
}

/** The entries a store instance last loaded or saved, and at which revision. */
export interface KnownEntries {
  readonly revision: number
  readonly entries: readonly unknown[]
  /** The stored run of entries they belong to (see StoredCount.entriesId). */
  readonly entriesId: string
}

/** What the store's meta record says is stored: its revision and its entries. */
export interface StoredCount {
  readonly revision: number
  /** Absent when the value was stored whole (a store written before entries were kept apart). */
  readonly entryCount?: number
  /**
   * Names the run of entries since they were last written from scratch: appends keep it, a
   * rewrite draws a new one. So while it is unchanged, stored entries were only ever added to.
   */
  readonly entriesId?: string
}

/**
 * From which position the entries of a save are new, or 'rewrite' when the stored ones must be
 * replaced from scratch. An append is proven, never assumed:
 * - the store holds what this instance last loaded or saved (same revision, same count), so no
 *   other tab wrote in between;
 * - every entry known to be stored sits, as the same object, at the same position of `entries`.
 *   That costs one comparison per entry and no read; a scenario reset builds new objects and a
 *   shorter log fails it, so both rewrite. (No `replace` flag is needed: when the stored prefix is
 *   identical, appending gives the same stored result as rewriting.)
 */
export function firstNewEntry(
  known: KnownEntries | undefined,
  stored: StoredCount | undefined,
  entries: readonly unknown[],
): number | 'rewrite' {
  if (!known || !stored || stored.revision !== known.revision) return 'rewrite'
  const count = known.entries.length
  if (stored.entryCount !== count || entries.length < count) return 'rewrite'
  if (entries === known.entries) return count
  for (let position = 0; position < count; position++) {
    if (entries[position] !== known.entries[position]) return 'rewrite'
  }
  return count
}

/**
 * The entries a load can keep from what this instance knows, so that it reads only the ones after
 * them: all it knows when the stored run is the same (another tab only appended), else none.
 */
export function entriesKeptOnLoad(
  known: KnownEntries | undefined,
  stored: StoredCount | undefined,
): readonly unknown[] {
  const sameRun = known && stored?.entriesId === known.entriesId
  return sameRun && (stored.entryCount ?? -1) >= known.entries.length ? known.entries : []
}
