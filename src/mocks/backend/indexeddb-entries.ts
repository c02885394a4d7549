import {
  entriesKeptOnLoad,
  firstNewEntry,
  type KnownEntries,
  type StoredCount,
} from './append-only-field'

/** The object store of the append-only field's entries, keyed by position 0..n-1. */
export const entriesStore = 'entries'

/**
 * Reads the stored entries in `transaction`: only those after what `known` already holds when the
 * stored run is the same (another tab appended), else all. The getter is for after it completes.
 */
export function readEntries(
  transaction: IDBTransaction,
  known: KnownEntries | undefined,
  stored: StoredCount | undefined,
): () => unknown[] {
  const kept = entriesKeptOnLoad(known, stored)
  const rest = transaction.objectStore(entriesStore).getAll(IDBKeyRange.lowerBound(kept.length))
  return () => (kept.length === 0 ? rest.result : [...kept, ...rest.result])
}

/**
 * Puts the entries that are new since `known` (or, when that is not proven, clears the object store
 * and puts them all). Returns the id of the stored run for the meta record: kept by an append, new
 * after a rewrite.
 */
export function writeEntries(
  transaction: IDBTransaction,
  known: KnownEntries | undefined,
  stored: StoredCount | undefined,
  entries: readonly unknown[],
): string {
  const store = transaction.objectStore(entriesStore)
  const from = firstNewEntry(known, stored, entries)
  if (from === 'rewrite') store.clear()
  for (let position = from === 'rewrite' ? 0 : from; position < entries.length; position++) {
    store.put(entries[position], position)
  }
  return from !== 'rewrite' && stored?.entriesId ? stored.entriesId : newEntriesId()
}

// Unique enough to tell two runs of one database apart; no secure context needed (randomUUID is).
const newEntriesId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
