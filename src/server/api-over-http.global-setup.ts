import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { migrate } from './postgres/migrations'
import { openPgDatabase } from './postgres/pg-database'
import { pgliteTemplate, testDatabaseUrl, testStoreName } from './testing'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PGlite dump file each test file's database starts from (none on PostgreSQL). */
    pgliteTemplateFile?: string
  }
}

/**
 * Once per run of the api-over-http project: says which store the lab server's handler tests use,
 * and prepares it before the workers start. PostgreSQL: the schema brought up to date, so that test
 * files opening the database at the same moment never race to create the first tables. PGlite: a
 * dump of a new database, which each test file loads instead of running initdb again.
 */
export default async function setup(project: TestProject) {
  console.info(`API tests over HTTP against a lab server on ${testStoreName}.`)
  if (testDatabaseUrl) {
    const db = await openPgDatabase(testDatabaseUrl)
    try {
      await migrate(db)
    } finally {
      await db.close()
    }
    return
  }
  const dir = await mkdtemp(join(tmpdir(), 'rotation-lab-pglite-'))
  const file = join(dir, 'template.tar')
  await writeFile(file, new Uint8Array(await (await pgliteTemplate()).arrayBuffer()))
  project.provide('pgliteTemplateFile', file)
  return () => rm(dir, { recursive: true, force: true })
}
