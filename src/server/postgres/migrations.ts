import type { Database } from './database'

/**
 * The schema, one step per version; a step is never edited once released, only followed by another.
 * The change log is append-only: rows are only ever inserted (a trigger refuses updates, and deletes
 * but those of a deleted landscape). A reset starts a new run of entries instead of deleting.
 */
export const migrations: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'landscapes and their change log',
    sql: `
      CREATE TABLE landscapes (
        id text PRIMARY KEY,
        class text,
        created_at timestamptz NOT NULL,
        -- The simulated system's own format version (SYSTEM_SCHEMA_VERSION), null until first saved.
        system_version integer,
        revision integer NOT NULL DEFAULT 0,
        -- Everything but the change log; the CA's signing key sealed (see key-sealer.ts).
        snapshot jsonb,
        entries_run text,
        entry_count integer,
        updated_at timestamptz
      );
      CREATE INDEX landscapes_by_class ON landscapes (class);
      CREATE TABLE change_log (
        landscape_id text NOT NULL REFERENCES landscapes (id) ON DELETE CASCADE,
        run text NOT NULL,
        position integer NOT NULL,
        entry jsonb NOT NULL,
        PRIMARY KEY (landscape_id, run, position)
      );
      CREATE FUNCTION change_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM landscapes WHERE id = OLD.landscape_id) THEN
          RETURN OLD; -- the landscape itself was deleted
        END IF;
        RAISE EXCEPTION 'change_log is append-only (% refused)', TG_OP;
      END $$;
      CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON change_log
        FOR EACH ROW EXECUTE FUNCTION change_log_append_only();
    `,
  },
  {
    version: 2,
    name: 'checkpoints of each landscape',
    sql: `
      -- A checkpoint is a whole copy of the system: snapshot (CA key sealed) and its change log.
      CREATE TABLE checkpoints (
        landscape_id text NOT NULL REFERENCES landscapes (id) ON DELETE CASCADE,
        name text NOT NULL,
        -- What the list shows (CheckpointSummary), apart from the copy.
        summary jsonb NOT NULL,
        system_version integer NOT NULL,
        snapshot jsonb NOT NULL,
        change_log jsonb NOT NULL,
        PRIMARY KEY (landscape_id, name)
      );
      -- The revision right after a scenario was loaded: a link replaces only such a landscape unasked.
      ALTER TABLE landscapes ADD COLUMN untouched_revision integer;
    `,
  },
]

/**
 * Brings the schema up to date, each step in its own transaction with its row in
 * schema_migrations. An advisory lock keeps two servers starting at once on one database apart.
 */
export async function migrate(db: Database): Promise<number[]> {
  // Under the lock too: two processes on a fresh database both passed IF NOT EXISTS and the second
  // failed on pg_type's unique index (seen with two test files on one new PostgreSQL database).
  await db.transaction(async (sql) => {
    await sql.query('SELECT pg_advisory_xact_lock(7263140)')
    await sql.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`)
  })
  const applied: number[] = []
  for (const migration of migrations) {
    const ran = await db.transaction(async (sql) => {
      await sql.query('SELECT pg_advisory_xact_lock(7263140)')
      const done = await sql.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        migration.version,
      ])
      if (done.rows.length > 0) return false
      await sql.exec(migration.sql)
      await sql.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ])
      return true
    })
    if (ran) applied.push(migration.version)
  }
  return applied
}
