import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { CheckpointSummary } from './checkpoint-store'
import { createIndexedDbCheckpointStore } from './indexeddb-checkpoint-store'

const summary = (name: string, savedAt: string): CheckpointSummary => ({
  name,
  savedAt,
  simulatedDate: '2027-02-01',
  scenarioId: 'halfway',
  systemCount: 11,
  automatic: false,
})

describe('checkpoints in IndexedDB', () => {
  it('survive a new store instance (a reload): list oldest first, read, evict, delete, untouched mark', async () => {
    const first = createIndexedDbCheckpointStore<{ today: string }>('checkpoints-test-1')
    await first.put(summary('B', '2026-12-03T10:00:00.000Z'), { today: '2027-02-02' })
    await first.put(summary('A', '2026-12-03T09:00:00.000Z'), { today: '2027-02-01' })
    await first.markUntouched(7)

    const reloaded = createIndexedDbCheckpointStore<{ today: string }>('checkpoints-test-1')
    expect((await reloaded.list()).map((c) => c.name)).toEqual(['A', 'B'])
    expect(await reloaded.read('B')).toEqual({ today: '2027-02-02' })
    expect(await reloaded.untouchedRevision()).toBe(7)

    await reloaded.put(summary('C', '2026-12-03T11:00:00.000Z'), { today: '2027-02-03' }, ['A'])
    expect((await reloaded.list()).map((c) => c.name)).toEqual(['B', 'C'])
    expect(await reloaded.read('A')).toBeUndefined()
    expect(await reloaded.delete('B')).toBe(true)
    expect(await reloaded.delete('B')).toBe(false)
    expect((await reloaded.list()).map((c) => c.name)).toEqual(['C'])
  })

  it('has no untouched mark at first', async () => {
    const store = createIndexedDbCheckpointStore('checkpoints-test-2')
    expect(await store.untouchedRevision()).toBeUndefined()
    expect(await store.list()).toEqual([])
  })
})
