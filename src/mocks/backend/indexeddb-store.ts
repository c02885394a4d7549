import type { LoadResult, SystemStore } from './system-store'

const objectStore = 'system'
const systemKey = 'current'
const metaKey = 'meta'

interface Meta {
  schemaVersion: number
  revision: number
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
): SystemStore<T> {
  const database = openDatabase(databaseName)

  async function transact<R>(
    mode: IDBTransactionMode,
    work: (store: IDBObjectStore) => IDBRequest<R> | void,
  ) {
    const db = await database
    return new Promise<R | undefined>((resolve, reject) => {
      const transaction = db.transaction(objectStore, mode)
      const request = work(transaction.objectStore(objectStore))
      transaction.oncomplete = () => resolve(request?.result)
      transaction.onerror = () => reject(transaction.error)
      transaction.onabort = () =>
        reject(transaction.error ?? new Error('IndexedDB transaction aborted'))
    })
  }

  async function readMeta(): Promise<Meta | undefined> {
    return (
      (await transact<Meta | undefined>('readonly', (store) => store.get(metaKey))) ?? undefined
    )
  }

  return {
    async load(): Promise<LoadResult<T>> {
      const meta = await readMeta()
      if (!meta) return { kind: 'empty' }
      if (meta.schemaVersion !== schemaVersion) {
        return {
          kind: 'unusable',
          reason: 'outdated',
          detail: `The saved simulation was made by an older version of Rotation Lab (store version ${meta.schemaVersion}, this version reads ${schemaVersion}).`,
        }
      }
      const value = await transact<unknown>('readonly', (store) => store.get(systemKey))
      if (!isValid(value)) {
        return {
          kind: 'unusable',
          reason: 'corrupt',
          detail: 'The saved simulation is damaged and cannot be read.',
        }
      }
      return { kind: 'ok', value, revision: meta.revision }
    },
    revision: async () => (await readMeta())?.revision ?? 0,
    async save(value, revision) {
      const meta: Meta = { schemaVersion, revision }
      // One transaction: the meta record never points at a system that was not written.
      await transact('readwrite', (store) => {
        store.put(value, systemKey)
        store.put(meta, metaKey)
      })
    },
    async clear() {
      await transact('readwrite', (store) => store.clear())
    },
  }
}

function openDatabase(name: string) {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(objectStore)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
    request.onblocked = () =>
      reject(new Error('IndexedDB is blocked by another tab of an older version.'))
  })
}
