import {
  bySavedAt,
  type CheckpointStore,
  type CheckpointSummary,
} from '../../mocks/backend/checkpoint-store'
import { SYSTEM_SCHEMA_VERSION, type SimulatedSystem } from '../../mocks/backend/simulated-system'
import type { Database } from './database'
import type { KeySealer } from './key-sealer'
import { decodeSnapshot, encodeSnapshot, type StoredSnapshot } from './system-codec'

/**
 * One landscape's checkpoints in PostgreSQL (table `checkpoints`), so that they survive a restart
 * as the landscape does. Each row is a whole copy in the landscape's own format: the snapshot with
 * the CA key sealed, and the change log as one JSON array (a checkpoint is never appended to).
 */
export function createPostgresCheckpointStore(
  db: Database,
  landscapeId: string,
  sealer: KeySealer,
): CheckpointStore<SimulatedSystem> {
  return {
    async list() {
      const result = await db.query<{ summary: CheckpointSummary }>(
        'SELECT summary FROM checkpoints WHERE landscape_id = $1',
        [landscapeId],
      )
      return result.rows.map(({ summary }) => summary).sort(bySavedAt)
    },

    async read(name) {
      const result = await db.query<{
        system_version: number
        snapshot: StoredSnapshot
        change_log: SimulatedSystem['changeLog']
      }>(
        'SELECT system_version, snapshot, change_log FROM checkpoints WHERE landscape_id = $1 AND name = $2',
        [landscapeId, name],
      )
      const row = result.rows[0]
      if (!row) return undefined
      if (row.system_version !== SYSTEM_SCHEMA_VERSION) {
        // Restoring it would put a system of another format into the landscape: refused, not misread.
        throw new Error(
          `Checkpoint "${name}" was saved by another version of Rotation Lab (store version ${row.system_version}, this version reads ${SYSTEM_SCHEMA_VERSION}).`,
        )
      }
      return decodeSnapshot(row.snapshot, row.change_log, sealer)
    },

    async put(summary, value, evict = []) {
      const snapshot = await encodeSnapshot(value, sealer)
      await db.transaction(async (sql) => {
        if (evict.length > 0) {
          await sql.query('DELETE FROM checkpoints WHERE landscape_id = $1 AND name = ANY($2)', [
            landscapeId,
            [...evict],
          ])
        }
        await sql.query(
          `INSERT INTO checkpoints (landscape_id, name, summary, system_version, snapshot, change_log)
           VALUES ($1, $2, $3::jsonb, $4, $5::jsonb, $6::jsonb)`,
          [
            landscapeId,
            summary.name,
            JSON.stringify(summary),
            SYSTEM_SCHEMA_VERSION,
            JSON.stringify(snapshot),
            JSON.stringify(value.changeLog),
          ],
        )
      })
    },

    async delete(name) {
      const result = await db.query(
        'DELETE FROM checkpoints WHERE landscape_id = $1 AND name = $2',
        [landscapeId, name],
      )
      return result.rowCount > 0
    },

    async untouchedRevision() {
      const result = await db.query<{ untouched_revision: number | null }>(
        'SELECT untouched_revision FROM landscapes WHERE id = $1',
        [landscapeId],
      )
      return result.rows[0]?.untouched_revision ?? undefined
    },

    async markUntouched(revision) {
      await db.query('UPDATE landscapes SET untouched_revision = $2 WHERE id = $1', [
        landscapeId,
        revision,
      ])
    },
  }
}
