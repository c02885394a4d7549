import { bySavedAt, type CheckpointStore, type CheckpointSummary } from './checkpoint-store'

const summaries = 'summaries'
const systems = 'systems'
const meta = 'meta'
const untouchedKey = 'untouched'

/**
 * Checkpoints in an IndexedDB database of their own (not the system's), so that the system store's
 * schema and upgrades stay as they are. Summaries and systems are kept apart: the list reads only
 * the small summaries. Systems are stored by structured clone, CryptoKeys included.
 */
export function createIndexedDbCheckpointStore<T>(databaseName: string): CheckpointStore<T> {
  const database = openDatabase(databaseName)

  async function transact<R>(
    mode: IDBTransactionMode,
    work: (transaction: IDBTransaction) => () => R,
  ): Promise<R> {
    const db = await database
    return new Promise<R>((resolve, reject) => {
      const transaction = db.transaction([summaries, systems, meta], mode)
      let result: (() => R) | undefined
      transaction.oncomplete = () => resolve(result!())
      transaction.onerror = () => reject(transaction.error)
      transaction.onabort = () =>
        reject(transaction.error ?? new Error('IndexedDB transaction aborted'))
      try {
        result = work(transaction)
      } catch (error) {
        reject(error)
        transaction.abort()
      }
    })
  }

  return {
    list: async () =>
      (
        await transact('readonly', (transaction) => {
          const all = transaction.objectStore(summaries).getAll()
          return () => all.result as CheckpointSummary[]
        })
      ).sort(bySavedAt),
    read: (name) =>
      transact('readonly', (transaction) => {
        const value = transaction.objectStore(systems).get(name)
        return () => value.result as T | undefined
      }),
    put: (summary, value, evict = []) =>
      transact('readwrite', (transaction) => {
        for (const name of evict) {
          transaction.objectStore(summaries).delete(name)
          transaction.objectStore(systems).delete(name)
        }
        transaction.objectStore(systems).put(value, summary.name)
        transaction.objectStore(summaries).put(summary, summary.name)
        return () => undefined
      }),
    delete: (name) =>
      transact('readwrite', (transaction) => {
        const existing = transaction.objectStore(summaries).count(name)
        transaction.objectStore(summaries).delete(name)
        transaction.objectStore(systems).delete(name)
        return () => existing.result > 0
      }),
    untouchedRevision: () =>
      transact('readonly', (transaction) => {
        const value = transaction.objectStore(meta).get(untouchedKey)
        return () => (typeof value.result === 'number' ? value.result : undefined)
      }),
    markUntouched: (revision) =>
      transact('readwrite', (transaction) => {
        transaction.objectStore(meta).put(revision, untouchedKey)
        return () => undefined
      }),
  }
}

function openDatabase(name: string) {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1)
    request.onupgradeneeded = () => {
      for (const store of [summaries, systems, meta]) {
        if (!request.result.objectStoreNames.contains(store))
          request.result.createObjectStore(store)
      }
    }
    request.onsuccess = () => {
      request.result.onversionchange = () => request.result.close()
      resolve(request.result)
    }
    request.onerror = () => reject(request.error)
  })
}
