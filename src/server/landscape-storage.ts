import {
  createMemoryCheckpointStore,
  type CheckpointStore,
} from '../mocks/backend/checkpoint-store'
import type { SimulatedSystem } from '../mocks/backend/simulated-system'
import { createMemoryStore, type SystemStore } from '../mocks/backend/system-store'

/** What the server keeps about a landscape besides its system. */
export interface LandscapeRecord {
  id: string
  /** The class (workshop) it belongs to; null for a landscape of its own. */
  class: string | null
  /** ISO 8601, wall clock. */
  createdAt: string
}

/**
 * Where the landscapes live: a list of records and, for each, the store of its simulated system.
 * In memory (tests, a throw-away server) or in PostgreSQL (see postgres-storage.ts).
 */
export interface LandscapeStorage {
  /** Which store this is, for the start-up message ("memory", "PGlite at …", "PostgreSQL"). */
  readonly description: string
  list(): Promise<LandscapeRecord[]>
  create(record: LandscapeRecord): Promise<void>
  delete(id: string): Promise<void>
  systemStore(id: string): SystemStore<SimulatedSystem>
  /** The landscape's checkpoints, kept where its system is (deleted with the landscape). */
  checkpointStore(id: string): CheckpointStore<SimulatedSystem>
  close(): Promise<void>
}

/** Landscapes in memory: nothing survives a restart. */
export function createMemoryLandscapeStorage(): LandscapeStorage {
  const records = new Map<
    string,
    {
      record: LandscapeRecord
      store: SystemStore<SimulatedSystem>
      checkpoints: CheckpointStore<SimulatedSystem>
    }
  >()
  const entry = (id: string) => {
    const found = records.get(id)
    if (!found) throw new Error(`No landscape ${id} in memory`)
    return found
  }
  return {
    description: 'memory (nothing survives a restart)',
    list: async () => [...records.values()].map(({ record }) => record),
    create: async (record) => {
      records.set(record.id, {
        record,
        store: createMemoryStore<SimulatedSystem>(),
        checkpoints: createMemoryCheckpointStore<SimulatedSystem>(),
      })
    },
    delete: async (id) => {
      records.delete(id)
    },
    systemStore: (id) => entry(id).store,
    checkpointStore: (id) => entry(id).checkpoints,
    close: async () => undefined,
  }
}
