import pg from 'pg'
import type { Database, QueryResult, Sql } from './database'

/** A real PostgreSQL server, from a `postgres://…` URL (DATABASE_URL). */
export async function openPgDatabase(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString })
  // Fail at start, with the server's reason, rather than at the first request.
  await pool.query('SELECT 1')
  const sqlOf = (target: pg.Pool | pg.PoolClient): Sql => ({
    async query<R>(text: string, params: unknown[] = []): Promise<QueryResult<R>> {
      const result = await target.query(text, params)
      return { rows: result.rows as R[], rowCount: result.rowCount ?? 0 }
    },
    // Without parameters pg sends the simple query protocol, which takes several statements.
    async exec(script) {
      await target.query(script)
    },
  })
  return {
    description: describeConnection(connectionString),
    ...sqlOf(pool),
    async transaction(work) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await work(sqlOf(client))
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}

/**
 * "PostgreSQL at <host or socket directory>/<database>", never the user or password. The socket form
 * `postgresql://root@/db?host=/var/run/postgresql` has no host, which `new URL` refuses.
 */
export function describeConnection(connectionString: string): string {
  const parts = /^postgres(?:ql)?:\/\/(?:[^@/]*@)?([^/?]*)(\/[^?]*)?(?:\?(.*))?$/.exec(connectionString)
  if (!parts) return 'PostgreSQL'
  const [, host, database = '', query = ''] = parts
  const socket = new URLSearchParams(query).get('host')
  return `PostgreSQL at ${host || socket || 'localhost'}${database}`
}
