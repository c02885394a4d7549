import type { LandscapeRecord, LandscapeStorage } from '../landscape-storage'
import type { Database } from './database'
import type { KeySealer } from './key-sealer'
import { migrate } from './migrations'
import { createPostgresCheckpointStore } from './postgres-checkpoint-store'
import { createPostgresSystemStore } from './postgres-system-store'

/** Landscapes in PostgreSQL (PGlite or a server): the schema is brought up to date first. */
export async function openPostgresStorage(
  db: Database,
  sealer: KeySealer,
): Promise<LandscapeStorage> {
  await migrate(db)
  return {
    description: db.description,
    async list() {
      const result = await db.query<{
        id: string
        class: string | null
        created_at: Date | string
      }>('SELECT id, class, created_at FROM landscapes ORDER BY created_at, id')
      return result.rows.map((row): LandscapeRecord => ({
        id: row.id,
        class: row.class,
        createdAt: new Date(row.created_at).toISOString(),
      }))
    },
    async create(record) {
      await db.query('INSERT INTO landscapes (id, class, created_at) VALUES ($1, $2, $3)', [
        record.id,
        record.class,
        record.createdAt,
      ])
    },
    async delete(id) {
      await db.query('DELETE FROM landscapes WHERE id = $1', [id])
    },
    systemStore: (id) => createPostgresSystemStore(db, id, sealer),
    checkpointStore: (id) => createPostgresCheckpointStore(db, id, sealer),
    close: () => db.close(),
  }
}
