import type { AppendOnlyField, KnownEntries, StoredCount } from './append-only-field'
import { entriesStore, readEntries, writeEntries } from './indexeddb-entries'
import type { LoadResult, SystemStore } from './system-store'

/**
 * Version 2 added `entries`. An older database just gets the new, empty object store: its meta
 * has no entry count, so its value is read whole as before and the next save moves the entries.
 */
const databaseVersion = 2
const systemStore = 'system'
const systemKey = 'current'
const metaKey = 'meta'

/** The meta record: its entry count and run id are absent when the value is stored whole. */
interface Meta extends StoredCount {
  schemaVersion: number
}

export interface IndexedDbStoreOptions<T> {
  /** Keeps this array field apart, append-only: a save writes only the entries added since. */
  appendOnly?: AppendOnlyField<T>
  /** Where a value that passed `isValid` is damaged inside, in words; undefined when it is sound. */
  describeDamage?: (value: T) => string | undefined
}

/**
 * The simulated system in IndexedDB. Values are stored by structured clone, so non-extractable
 * CryptoKeys can be kept next to the state without ever being serialised. The stored schema version
 * is checked on load: an older or unreadable store is reported, never silently wiped.
 */
export function createIndexedDbStore<T>(
  databaseName: string,
  schemaVersion: number,
  isValid: (value: unknown) => value is T,
  { appendOnly, describeDamage }: IndexedDbStoreOptions<T> = {},
): SystemStore<T> {
  const database = openDatabase(databaseName)
  // What this instance last loaded or saved: the proof that the next save is an append, and what
  // the next load need not read again.
  let known: KnownEntries | undefined

  /**
   * Runs `work` in one transaction over both object stores and resolves, once it has committed,
   * with what `work`'s returned getter reads then. `fail` (or a throw in `work`) aborts the
   * transaction, so none of its writes are kept, and rejects with that error.
   */
  async function transact<R>(
    mode: IDBTransactionMode,
    work: (transaction: IDBTransaction, fail: (error: unknown) => void) => (() => R) | void,
  ): Promise<R | undefined> {
    const db = await database
    return new Promise<R | undefined>((resolve, reject) => {
      const transaction = db.transaction([systemStore, entriesStore], mode)
      const fail = (error: unknown) => {
        reject(error)
        transaction.abort()
      }
      let result: (() => R) | void = undefined
      transaction.oncomplete = () => resolve(result?.())
      transaction.onerror = () => reject(transaction.error)
      transaction.onabort = () =>
        reject(transaction.error ?? new Error('IndexedDB transaction aborted'))
      try {
        result = work(transaction, fail)
      } catch (error) {
        fail(error)
      }
    })
  }

  const readMeta = () =>
    transact('readonly', (transaction) => {
      const meta = transaction.objectStore(systemStore).get(metaKey)
      return () => meta.result as Meta | undefined
    })

  return {
    async load(): Promise<LoadResult<T>> {
      const previous = known
      known = undefined
      const read = await transact('readonly', (transaction) => {
        const system = transaction.objectStore(systemStore)
        const meta = system.get(metaKey)
        const record = system.get(systemKey)
        let entries: (() => unknown[]) | undefined
        if (appendOnly) {
          meta.onsuccess = () => {
            entries = readEntries(transaction, previous, meta.result as Meta | undefined)
          }
        }
        return () => ({
          meta: meta.result as Meta | undefined,
          record: record.result as unknown,
          entries: entries?.(),
        })
      })
      const meta = read?.meta
      if (!meta) return { kind: 'empty' }
      if (meta.schemaVersion !== schemaVersion)
        return versionMismatch(meta.schemaVersion, schemaVersion)
      const value =
        appendOnly && meta.entryCount !== undefined
          ? reassemble(meta, read.record, read.entries, appendOnly)
          : read.record
      if (!isValid(value)) return damaged('its structure is broken')
      const damage = describeDamage?.(value)
      if (damage !== undefined) return damaged(damage)
      if (appendOnly && meta.entriesId !== undefined) {
        known = {
          revision: meta.revision,
          entries: appendOnly.entriesOf(value),
          entriesId: meta.entriesId,
        }
      }
      return { kind: 'ok', value, revision: meta.revision }
    },
    revision: async () => (await readMeta())?.revision ?? 0,
    writtenByNewerVersion: async () => ((await readMeta())?.schemaVersion ?? 0) > schemaVersion,
    async save(value, revision) {
      const entries = appendOnly?.entriesOf(value)
      let entriesId: string | undefined
      // One transaction: the meta record never points at a system or entries that were not written.
      await transact('readwrite', (transaction, fail) => {
        const system = transaction.objectStore(systemStore)
        if (!appendOnly || !entries) {
          system.put(value, systemKey)
          system.put({ schemaVersion, revision } satisfies Meta, metaKey)
          return
        }
        const field = appendOnly
        // Which entries are new depends on the stored meta, read in this same transaction.
        const stored = system.get(metaKey)
        stored.onsuccess = () => {
          try {
            entriesId = writeEntries(transaction, known, stored.result as Meta | undefined, entries)
            system.put(field.withEntries(value, []), systemKey)
            const meta: Meta = { schemaVersion, revision, entryCount: entries.length, entriesId }
            system.put(meta, metaKey)
          } catch (error) {
            fail(error) // e.g. an entry that cannot be cloned: nothing of this save is kept
          }
        }
      })
      if (entries && entriesId) known = { revision, entries, entriesId }
    },
    async clear() {
      known = undefined
      await transact('readwrite', (transaction) => {
        transaction.objectStore(systemStore).clear()
        transaction.objectStore(entriesStore).clear()
      })
    },
  }
}

/**
 * A store written by another version: an older one is reported so that the user can start over; a
 * newer one must never be wiped by this older code, only opened again by the version that wrote it.
 */
function versionMismatch(stored: number, current: number): LoadResult<never> {
  const versions = `store version ${stored}, this version reads ${current}`
  return stored > current
    ? {
        kind: 'unusable',
        reason: 'newer',
        detail: `The saved simulation was made by a newer version of Rotation Lab (${versions}).`,
      }
    : {
        kind: 'unusable',
        reason: 'outdated',
        detail: `The saved simulation was made by an older version of Rotation Lab (${versions}).`,
      }
}

function damaged(where: string): LoadResult<never> {
  return {
    kind: 'unusable',
    reason: 'corrupt',
    detail: `The saved simulation is damaged and cannot be read (${where}).`,
  }
}

/** The stored value with its entries put back; undefined (so: corrupt) when they do not add up. */
function reassemble<T>(
  meta: Meta,
  record: unknown,
  entries: unknown[] | undefined,
  field: AppendOnlyField<T>,
): T | undefined {
  if (typeof record !== 'object' || record === null) return undefined
  if (!entries || entries.length !== meta.entryCount) return undefined
  return field.withEntries(record as T, entries)
}

function openDatabase(name: string) {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, databaseVersion)
    request.onupgradeneeded = () => {
      const db = request.result
      for (const store of [systemStore, entriesStore]) {
        if (!db.objectStoreNames.contains(store)) db.createObjectStore(store)
      }
    }
    request.onsuccess = () => {
      // A newer version opened in another tab must not be blocked by this one.
      request.result.onversionchange = () => request.result.close()
      resolve(request.result)
    }
    request.onerror = () => reject(request.error)
    request.onblocked = () =>
      reject(new Error('IndexedDB is blocked by another tab of an older version.'))
  })
}
