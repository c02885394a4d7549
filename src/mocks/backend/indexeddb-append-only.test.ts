import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { appendOnlyProperty } from './append-only-field'
import { createIndexedDbStore } from './indexeddb-store'
import { PersistentBackend } from './persistent-backend'
import { createMemoryStore, type SystemStore } from './system-store'

// A stand-in for the simulated system: a name, and a log that only grows (each entry an object).
interface Journal {
  name: string
  log: readonly { n: number }[]
}
const isJournal = (value: unknown): value is Journal =>
  typeof (value as Journal | undefined)?.name === 'string' && Array.isArray((value as Journal).log)
const entries = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => ({ n: from + i }))
const appended = (journal: Journal, from: number, to: number): Journal => ({
  ...journal,
  log: [...journal.log, ...entries(from, to)],
})

let databases = 0
const freshName = () => `rotation-lab-append-${++databases}`
const journalStore = (name: string) =>
  createIndexedDbStore(name, 1, isJournal, { appendOnly: appendOnlyProperty('log') })

/** Counts every put per object store and key, e.g. `entries/3` or `system/meta`. */
function countPuts() {
  const puts = new Map<string, number>()
  const put = IDBObjectStore.prototype.put
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    const id = `${this.name}/${String(key)}`
    puts.set(id, (puts.get(id) ?? 0) + 1)
    return put.call(this, value, key)
  })
  return puts
}

/** What the database holds, read past the store: the system record and the entries' keys. */
async function raw(name: string) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  const transaction = db.transaction(['system', 'entries'])
  const record = transaction.objectStore('system').get('current')
  const keys = transaction.objectStore('entries').getAllKeys()
  await new Promise((resolve) => (transaction.oncomplete = resolve))
  db.close()
  return { record: record.result as unknown, keys: keys.result }
}

afterEach(() => {
  vi.restoreAllMocks()
})

// Each entry gives `open`: the store as a reload (a new page on the same storage) sees it.
describe.each<[string, () => () => SystemStore<Journal>]>([
  [
    'IndexedDB',
    () => {
      const name = freshName()
      return () => journalStore(name)
    },
  ],
  [
    'memory',
    () => {
      const store = createMemoryStore<Journal>()
      return () => store
    },
  ],
])('an append-only log in the %s store', (_kind, storeFactory) => {
  it('comes back whole after a reload, appends included', async () => {
    const open = storeFactory()
    const first: Journal = { name: 'one', log: entries(0, 3) }
    const store = open()
    await store.save(first, 1)
    await store.save(appended(first, 3, 5), 2)
    expect(await open().load()).toEqual({
      kind: 'ok',
      revision: 2,
      value: { name: 'one', log: entries(0, 5) },
    })
  })

  it('a replacement with fewer entries leaves exactly the new ones', async () => {
    const open = storeFactory()
    const store = open()
    await store.save({ name: 'long', log: entries(0, 6) }, 1)
    await store.save({ name: 'reset', log: entries(100, 102) }, 2)
    expect(await open().load()).toMatchObject({ value: { name: 'reset', log: entries(100, 102) } })
  })
})

describe('the append-only log in IndexedDB', () => {
  it('stores the system without the log, and each entry once under its position', async () => {
    const name = freshName()
    const store = journalStore(name)
    const puts = countPuts()
    let journal: Journal = { name: 'j', log: entries(0, 3) }
    await store.save(journal, 1)
    for (const [from, to, revision] of [
      [3, 5, 2],
      [5, 5, 3],
      [5, 6, 4],
    ] as const) {
      journal = appended(journal, from, to)
      await store.save(journal, revision)
    }
    expect(Object.fromEntries([...puts].filter(([id]) => id.startsWith('entries/')))).toEqual(
      Object.fromEntries(entries(0, 6).map(({ n }) => [`entries/${n}`, 1])),
    )
    expect(puts.get('system/current')).toBe(4)
    expect(await raw(name)).toEqual({ record: { name: 'j', log: [] }, keys: [0, 1, 2, 3, 4, 5] })
  })

  it('appends after a reload too: updates through the backend never put an entry twice', async () => {
    const name = freshName()
    const backend = () =>
      new PersistentBackend<Journal>({
        store: journalStore(name),
        createInitial: async () => ({ name: 'j', log: entries(0, 2) }),
      })
    const grow = (tab: PersistentBackend<Journal>, to: number) =>
      tab.update((journal) => ({
        next: appended(journal, journal.log.length, to),
        result: undefined,
      }))
    const puts = countPuts()
    const tabA = backend()
    await grow(tabA, 4)
    const tabB = backend()
    await grow(tabB, 7)
    await grow(tabA, 9)
    expect((await backend().read()).log).toEqual(entries(0, 9))
    const entryPuts = [...puts].filter(([id]) => id.startsWith('entries/'))
    expect(entryPuts).toHaveLength(9)
    expect(entryPuts.every(([, count]) => count === 1)).toBe(true)
  })

  it('rewrites when another tab replaced the log since this one last saw it', async () => {
    const name = freshName()
    const tabA = journalStore(name)
    const start: Journal = { name: 'j', log: entries(0, 1) }
    await tabA.save(start, 1)
    const tabB = journalStore(name)
    await tabB.load()
    await tabB.save({ name: 'reset', log: entries(50, 51) }, 2) // same count, other entries
    // Tab A never saw revision 2: its known entries match by count and identity, not by revision.
    await tabA.save(appended(start, 1, 2), 3)
    expect(await journalStore(name).load()).toMatchObject({
      revision: 3,
      value: { log: entries(0, 2) },
    })
  })

  it('a reload after another tab’s appends reads only the new entries; after a rewrite, all', async () => {
    const name = freshName()
    const [tabA, tabB] = [journalStore(name), journalStore(name)]
    let journal: Journal = { name: 'j', log: entries(0, 3) }
    await tabA.save(journal, 1)
    const first = await tabB.load()
    const seen = first.kind === 'ok' ? first.value.log : []
    journal = appended(journal, 3, 5)
    await tabA.save(journal, 2)
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll')
    const second = await tabB.load()
    expect(second).toMatchObject({ revision: 2, value: { log: entries(0, 5) } })
    // The entries it had are the very objects it had (not read again); the new ones were read.
    expect(
      second.kind === 'ok' && second.value.log.slice(0, 3).every((e, i) => e === seen[i]),
    ).toBe(true)
    expect((getAll.mock.calls[0]?.[0] as IDBKeyRange | undefined)?.lower).toBe(3)
    await tabA.save({ name: 'reset', log: entries(90, 97) }, 3) // longer, but other entries
    expect(await tabB.load()).toMatchObject({ revision: 3, value: { log: entries(90, 97) } })
    expect((getAll.mock.calls[1]?.[0] as IDBKeyRange | undefined)?.lower).toBe(0)
  })

  it('a save that fails midway keeps the previous revision readable, and the next save works', async () => {
    const name = freshName()
    const store = journalStore(name)
    const saved: Journal = { name: 'before', log: entries(0, 2) }
    await store.save(saved, 1)
    // A function cannot be cloned: the put of entry 3 throws after entry 2 was written.
    const broken = { name: 'after', log: [...saved.log, { n: 2 }, { n: 3, f: () => 0 }, { n: 4 }] }
    await expect(store.save(broken, 2)).rejects.toMatchObject({ name: 'DataCloneError' })
    expect(await journalStore(name).load()).toEqual({ kind: 'ok', revision: 1, value: saved })
    expect((await raw(name)).keys).toEqual([0, 1])
    await store.save(appended(saved, 2, 3), 2)
    expect(await journalStore(name).load()).toMatchObject({
      revision: 2,
      value: { log: entries(0, 3) },
    })
  })

  it('reads a database of version 1 (the log inside the system), and the next save moves the log out', async () => {
    const name = freshName()
    const legacy: Journal = { name: 'old', log: entries(0, 3) }
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 1)
      request.onupgradeneeded = () => {
        const system = request.result.createObjectStore('system')
        system.put(legacy, 'current')
        system.put({ schemaVersion: 1, revision: 7 }, 'meta')
      }
      request.onsuccess = () => {
        request.result.close()
        resolve()
      }
      request.onerror = () => reject(request.error)
    })
    const store = journalStore(name)
    const loaded = await store.load()
    expect(loaded).toEqual({ kind: 'ok', revision: 7, value: legacy })
    await store.save(appended(legacy, 3, 4), 8)
    expect(await journalStore(name).load()).toMatchObject({
      revision: 8,
      value: { log: entries(0, 4) },
    })
    expect(await raw(name)).toEqual({ record: { name: 'old', log: [] }, keys: [0, 1, 2, 3] })
  })

  it('reports entries that do not add up to the stored count as corrupt', async () => {
    const name = freshName()
    await journalStore(name).save({ name: 'j', log: entries(0, 3) }, 1)
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(name)
      request.onsuccess = () => {
        const transaction = request.result.transaction('entries', 'readwrite')
        transaction.objectStore('entries').delete(1)
        transaction.oncomplete = () => {
          request.result.close()
          resolve()
        }
      }
    })
    expect(await journalStore(name).load()).toMatchObject({ kind: 'unusable', reason: 'corrupt' })
  })
})
