import { randomUUID } from 'node:crypto'
import {
  entriesKeptOnLoad,
  firstNewEntry,
  type KnownEntries,
  type StoredCount,
} from '../../mocks/backend/append-only-field'
import {
  isSimulatedSystem,
  SYSTEM_SCHEMA_VERSION,
  type SimulatedSystem,
} from '../../mocks/backend/simulated-system'
import { damageInStoredSystem } from '../../mocks/backend/stored-system-check'
import type { LoadResult, SystemStore } from '../../mocks/backend/system-store'
import { StaleRevisionError } from '../../mocks/backend/system-store'
import type { Database } from './database'
import type { KeySealer } from './key-sealer'
import { decodeSnapshot, encodeSnapshot, type StoredSnapshot } from './system-codec'

/** A save against a revision that is no longer the stored one: refused, never written over. */
export class RevisionConflictError extends StaleRevisionError {
  constructor(landscapeId: string, expected: number, stored: number | undefined) {
    super(
      `Landscape ${landscapeId} was saved by someone else meanwhile (expected revision ${expected}, stored ${stored ?? 'none'}).`,
    )
  }
}

interface MetaRow {
  revision: number
  system_version: number | null
  entries_run: string | null
  entry_count: number | null
}

const storedCount = (row: MetaRow): StoredCount => ({
  revision: row.revision,
  entryCount: row.entry_count ?? undefined,
  entriesId: row.entries_run ?? undefined,
})

/**
 * One landscape's simulated system in PostgreSQL: the snapshot in its `landscapes` row with a
 * revision, the change log in `change_log`, only ever appended to (see append-only-field.ts: a save
 * inserts only the entries added since this instance's last load or save; a reset starts a new run).
 */
export function createPostgresSystemStore(
  db: Database,
  landscapeId: string,
  sealer: KeySealer,
): SystemStore<SimulatedSystem> {
  let known: KnownEntries | undefined

  return {
    async load(): Promise<LoadResult<SimulatedSystem>> {
      const previous = known
      known = undefined
      const read = await db.transaction(async (sql) => {
        const meta = await sql.query<MetaRow & { snapshot: StoredSnapshot | null }>(
          'SELECT revision, system_version, entries_run, entry_count, snapshot FROM landscapes WHERE id = $1',
          [landscapeId],
        )
        const row = meta.rows[0]
        if (!row?.snapshot) return undefined
        const kept = entriesKeptOnLoad(previous, storedCount(row))
        const rest = await sql.query<{ entry: unknown }>(
          'SELECT entry FROM change_log WHERE landscape_id = $1 AND run = $2 AND position >= $3 ORDER BY position',
          [landscapeId, row.entries_run, kept.length],
        )
        return { row, entries: [...kept, ...rest.rows.map(({ entry }) => entry)] }
      })
      if (!read) return { kind: 'empty' }
      const { row, entries } = read
      const version = row.system_version ?? 0
      if (version !== SYSTEM_SCHEMA_VERSION) {
        // A newer version's landscape is never replaced by this one (PersistentBackend.replace).
        const newer = version > SYSTEM_SCHEMA_VERSION
        return {
          kind: 'unusable',
          reason: newer ? 'newer' : 'outdated',
          detail: `This landscape was saved by ${newer ? 'a newer' : 'an older'} version of Rotation Lab (store version ${version}, this version reads ${SYSTEM_SCHEMA_VERSION}).`,
        }
      }
      const value =
        entries.length === row.entry_count
          ? await decodeSnapshot(
              row.snapshot!,
              entries as SimulatedSystem['changeLog'],
              sealer,
            ).catch(() => undefined)
          : undefined
      const damage = isSimulatedSystem(value)
        ? damageInStoredSystem(value)
        : 'its structure is broken'
      if (damage !== undefined || !value) {
        return {
          kind: 'unusable',
          reason: 'corrupt',
          detail: `The saved landscape is damaged and cannot be read: ${damage}.`,
        }
      }
      known = { revision: row.revision, entries: value.changeLog, entriesId: row.entries_run! }
      return { kind: 'ok', value, revision: row.revision }
    },

    async revision() {
      const result = await db.query<{ revision: number }>(
        'SELECT revision FROM landscapes WHERE id = $1',
        [landscapeId],
      )
      return result.rows[0]?.revision ?? 0
    },

    async writtenByNewerVersion() {
      const result = await db.query<{ system_version: number | null }>(
        'SELECT system_version FROM landscapes WHERE id = $1',
        [landscapeId],
      )
      return (result.rows[0]?.system_version ?? 0) > SYSTEM_SCHEMA_VERSION
    },

    async save(value, revision) {
      const snapshot = await encodeSnapshot(value, sealer)
      const entries = value.changeLog
      const saved = await db.transaction(async (sql) => {
        const meta = await sql.query<MetaRow>(
          'SELECT revision, system_version, entries_run, entry_count FROM landscapes WHERE id = $1 FOR UPDATE',
          [landscapeId],
        )
        const row = meta.rows[0]
        // Optimistic concurrency: a save builds on the revision before it, or it is refused.
        if (!row || row.revision !== revision - 1) {
          throw new RevisionConflictError(landscapeId, revision - 1, row?.revision)
        }
        const from = firstNewEntry(known, storedCount(row), entries)
        const run = from === 'rewrite' || !row.entries_run ? randomUUID() : row.entries_run
        const first = from === 'rewrite' ? 0 : from
        if (first < entries.length) {
          await sql.query(
            `INSERT INTO change_log (landscape_id, run, position, entry)
             SELECT $1, $2, $3 + ordinality - 1, entry
             FROM jsonb_array_elements($4::jsonb) WITH ORDINALITY AS added (entry, ordinality)`,
            [landscapeId, run, first, JSON.stringify(entries.slice(first))],
          )
        }
        const updated = await sql.query(
          `UPDATE landscapes
           SET snapshot = $3::jsonb, revision = $4, system_version = $5, entries_run = $6,
               entry_count = $7, updated_at = now()
           WHERE id = $1 AND revision = $2`,
          [
            landscapeId,
            revision - 1,
            JSON.stringify(snapshot),
            revision,
            SYSTEM_SCHEMA_VERSION,
            run,
            entries.length,
          ],
        )
        if (updated.rowCount !== 1)
          throw new RevisionConflictError(landscapeId, revision - 1, undefined)
        return run
      })
      known = { revision, entries, entriesId: saved }
    },

    async clear() {
      known = undefined
      await db.query(
        `UPDATE landscapes SET snapshot = NULL, entries_run = NULL, entry_count = NULL,
           revision = 0, updated_at = now() WHERE id = $1`,
        [landscapeId],
      )
    },
  }
}
