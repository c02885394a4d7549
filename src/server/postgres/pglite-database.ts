import { PGlite, type Transaction } from '@electric-sql/pglite'
import type { Database, QueryResult, Sql } from './database'

/** PostgreSQL in this process: data in `dataDir`, or in memory when none is given (tests). */
export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create()
  const sqlOf = (target: PGlite | Transaction): Sql => ({
    async query<R>(text: string, params: unknown[] = []): Promise<QueryResult<R>> {
      const result = await target.query<R>(text, params)
      return { rows: result.rows, rowCount: result.affectedRows ?? 0 }
    },
    async exec(script) {
      await target.exec(script)
    },
  })
  return {
    description: dataDir ? `PGlite in ${dataDir}` : 'PGlite in memory',
    ...sqlOf(db),
    transaction: (work) => db.transaction((tx) => work(sqlOf(tx))),
    close: () => db.close(),
  }
}
