import { randomBytes } from 'node:crypto'
import { allowCaKeyExport } from '../mocks/pki/web-crypto'
import type { LandscapeStorage } from './landscape-storage'
import { KeySealer } from './postgres/key-sealer'
import { describeConnection, openPgDatabase } from './postgres/pg-database'
import { openPgliteDatabase } from './postgres/pglite-database'
import { openPostgresStorage } from './postgres/postgres-storage'

export { cachedScenarioBuilder } from '../mocks/testing/scenario-cache'

/** LAB_TEST_DATABASE_URL: a PostgreSQL database for tests only (.ci/run makes one). */
export const testDatabaseUrl = process.env.LAB_TEST_DATABASE_URL || undefined

/** Which store the lab server's tests and benchmark use, in words for their output. */
export const testStoreName = testDatabaseUrl
  ? `PostgreSQL (${describeConnection(testDatabaseUrl)}, from LAB_TEST_DATABASE_URL)`
  : 'PGlite in memory (set LAB_TEST_DATABASE_URL for PostgreSQL)'

/**
 * The lab server's store for a test or benchmark: PostgreSQL when LAB_TEST_DATABASE_URL names a
 * database, else PGlite in memory. CA keys are sealed with a throw-away key, as a server seals them.
 */
export async function openTestStorage(): Promise<LandscapeStorage> {
  allowCaKeyExport()
  const sealer = await KeySealer.fromSecret(new Uint8Array(randomBytes(32)))
  const db = testDatabaseUrl ? await openPgDatabase(testDatabaseUrl) : await openPgliteDatabase()
  return openPostgresStorage(db, sealer)
}

/** fetch with JSON in and out, against a running lab server. */
export async function call(
  url: string,
  init: { method?: string; body?: unknown; token?: string } = {},
) {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: {
      'Content-Type': 'application/json',
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the body loosely and assert on it
  const body: any =
    text && response.headers.get('Content-Type')?.includes('json') ? JSON.parse(text) : text
  return { status: response.status, headers: response.headers, body }
}
