import type { Page } from '@playwright/test'

/** Ways the saved simulation gets changed behind the app's back (see editSavedRecord). */
export type SavedRecordEdit = 'written by a newer version' | 'first system damaged'

/**
 * Changes the saved simulation in the page's IndexedDB directly, as a newer version, a damaged disk
 * or a browser extension would: the app must notice on its next start. The database of the app
 * served at the root path is named `rotation-lab` (src/api/app-scope.ts).
 */
export async function editSavedRecord(page: Page, edit: SavedRecordEdit): Promise<void> {
  await page.evaluate(
    (edit) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rotation-lab')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const transaction = open.result.transaction('system', 'readwrite')
          const store = transaction.objectStore('system')
          const key = edit === 'written by a newer version' ? 'meta' : 'current'
          const read = store.get(key)
          read.onsuccess = () => {
            const record = read.result
            if (edit === 'written by a newer version') record.schemaVersion = 99
            else record.state.systems[0] = null
            store.put(record, key)
          }
          transaction.oncomplete = () => {
            open.result.close()
            resolve()
          }
          transaction.onerror = () => reject(transaction.error)
        }
      }),
    edit,
  )
}

/** Reads a stored record of the saved simulation (see editSavedRecord), as JSON-safe fields. */
export async function savedMeta(page: Page): Promise<{ schemaVersion: number; revision: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('rotation-lab')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const read = open.result.transaction('system').objectStore('system').get('meta')
          read.onsuccess = () => {
            open.result.close()
            resolve(read.result)
          }
          read.onerror = () => reject(read.error)
        }
      }),
  )
}

type TestHooks = { rotationLabTest: { storageFull: boolean } }

/**
 * From the next page load on, every IndexedDB write of the page can be made to fail as on a full
 * disk (IndexedDB's QuotaExceededError): see setStorageFull.
 */
export async function simulateStorageLimitOnNextLoad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const hooks = { storageFull: false }
    ;(window as unknown as TestHooks).rotationLabTest = hooks
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore['put']>) {
      if (hooks.storageFull) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
      return put.apply(this, args)
    }
  })
}

export async function setStorageFull(page: Page, full: boolean): Promise<void> {
  await page.evaluate((full) => {
    ;(window as unknown as TestHooks).rotationLabTest.storageFull = full
  }, full)
}
