import { migrate } from './postgres/migrations'
import { openPgDatabase } from './postgres/pg-database'
import { testDatabaseUrl, testStoreName } from './testing'

/**
 * Once per run of the api-over-http project: says which store the lab server's handler tests use.
 * On PostgreSQL it brings the schema up to date before the workers start, so that workers opening
 * the database at the same moment never race to create the first tables.
 */
export default async function setup() {
  console.info(`API tests over HTTP against a lab server on ${testStoreName}.`)
  if (!testDatabaseUrl) return
  const db = await openPgDatabase(testDatabaseUrl)
  try {
    await migrate(db)
  } finally {
    await db.close()
  }
}
