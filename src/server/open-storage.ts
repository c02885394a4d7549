import { join, resolve } from 'node:path'
import { allowCaKeyExport } from '../mocks/pki/web-crypto'
import type { LandscapeStorage } from './landscape-storage'
import { KeySealer } from './postgres/key-sealer'
import { openPgDatabase } from './postgres/pg-database'
import { openPgliteDatabase } from './postgres/pglite-database'
import { openPostgresStorage } from './postgres/postgres-storage'

export interface StorageSettings {
  /** DATABASE_URL: a PostgreSQL server; without it, PGlite in the data dir. */
  databaseUrl?: string
  /** LAB_DATA_DIR, default `.rotation-lab-data/`: PGlite's files and the key file. */
  dataDir?: string
  /** LAB_KEY: base64 of the 32-byte AES key that seals the CA keys; else `<dataDir>/key`. */
  labKey?: string
}

/**
 * The server's store from its settings. CA keys made from now on can be sealed into it (see
 * allowCaKeyExport): this process is a server host, not a browser.
 */
export async function openStorage({
  databaseUrl,
  dataDir = '.rotation-lab-data',
  labKey,
}: StorageSettings): Promise<LandscapeStorage> {
  allowCaKeyExport()
  const directory = resolve(dataDir)
  const sealer = await KeySealer.open(labKey, directory)
  const db = databaseUrl
    ? await openPgDatabase(databaseUrl)
    : await openPgliteDatabase(join(directory, 'pglite'))
  return openPostgresStorage(db, sealer)
}
