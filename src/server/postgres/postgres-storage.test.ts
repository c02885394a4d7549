import { randomUUID } from 'node:crypto'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { advanceClockTo } from '../../mocks/backend/apply-command'
import { allowCaKeyExport } from '../../mocks/pki/web-crypto'
import { privateKeyFindings } from '../../mocks/security/leak-scan.test-helper'
import { LandscapeRegistry } from '../landscape-registry'
import { startLabServer } from '../start-server'
import { cachedScenarioBuilder, call } from '../testing'
import type { Database } from './database'
import { KeySealer } from './key-sealer'
import { openPgDatabase } from './pg-database'
import { openPgliteDatabase } from './pglite-database'
import { openPostgresStorage } from './postgres-storage'
import { createPostgresSystemStore, RevisionConflictError } from './postgres-system-store'

// This process is a server host: its CA keys must be sealable (the browser's never are).
allowCaKeyExport()
const buildScenario = cachedScenarioBuilder()

// PGlite unless LAB_TEST_DATABASE_URL names a PostgreSQL server (a database for tests only).
const databaseUrl = process.env.LAB_TEST_DATABASE_URL
const openDatabase = (pgliteDir?: string) =>
  databaseUrl ? openPgDatabase(databaseUrl) : openPgliteDatabase(pgliteDir)

let dataDir: string
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rotation-lab-pg-'))
})
afterAll(() => rm(dataDir, { recursive: true, force: true }))

/** A server on the PGlite data dir in `dataDir`, as `npm run serve` starts one. */
async function startOnDataDir() {
  const sealer = await KeySealer.open(undefined, dataDir)
  const db = await openDatabase(join(dataDir, 'pglite'))
  const registry = await LandscapeRegistry.open(
    await openPostgresStorage(db, sealer),
    buildScenario,
  )
  const server = await startLabServer({ registry, adminToken: 'token' })
  return {
    db,
    registry,
    server,
    async stop() {
      await server.close()
      await registry.close()
    },
  }
}

async function certificates(url: string) {
  const listed = await call(`${url}api/client-certificates`)
  expect(listed.status).toBe(200)
  return listed.body.items as { id: string; fingerprintSha256: string }[]
}

// Said in the run's output, so that a run tells which store it proved (the issue asks for it).
console.info(
  `The lab server's store tests run on ${databaseUrl ? 'PostgreSQL (LAB_TEST_DATABASE_URL)' : 'in-process PGlite (set LAB_TEST_DATABASE_URL for PostgreSQL)'}.`,
)

describe(`a landscape on ${databaseUrl ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('survives a restart with its clock, certificates and CA key, and issues after it', async () => {
    let running: Awaited<ReturnType<typeof startOnDataDir>> | undefined = await startOnDataDir()
    let url: string
    let id: string
    let before: { clock: unknown; certificates: unknown; clientCaPem: string }
    try {
      const created = await call(`${running.server.origin}/admin/landscapes`, {
        method: 'POST',
        token: 'token',
        body: { scenario: 'before-issuance', class: 'restart' },
      })
      expect(created.status).toBe(201)
      id = created.body.id
      url = created.body.url
      const moved = await call(`${url}api/clock/advance`, {
        method: 'POST',
        body: { to: '2027-01-28' },
      })
      expect(moved.status).toBe(200)
      before = {
        clock: (await call(`${url}api/clock`)).body,
        certificates: await certificates(url),
        clientCaPem: (await running.registry.get(id)!.backend.read()).pki.chain.clientCa.pem,
      }
      // The key file is the server's secret: only its owner may read it.
      expect((await stat(join(dataDir, 'key'))).mode & 0o777).toBe(0o600)
      await running.stop()
      running = undefined

      running = await startOnDataDir()
      const origin = running.server.origin
      url = `${origin}/l/${id}/`
      expect((await call(`${url}api/clock`)).body).toEqual(before.clock)
      expect(await certificates(url)).toEqual(before.certificates)

      // Past the issuance date SAP issues the next client certificate: signed by the restored key.
      const issued = await call(`${url}api/clock/advance`, {
        method: 'POST',
        body: { to: '2027-02-02' },
      })
      expect(issued.status, JSON.stringify(issued.body)).toBe(200)
      expect(issued.body.summary.certificatesIssued).toBeGreaterThan(0)
      const after = await certificates(url)
      const known = new Set((before.certificates as { id: string }[]).map((c) => c.id))
      const fresh = after.filter((certificate) => !known.has(certificate.id))
      expect(fresh.length).toBeGreaterThan(0)
      const pem = await fetch(`${url}api/client-certificates/${fresh[0]!.id}/export?format=pem`)
      const certificate = new x509.X509Certificate(await pem.text())
      const clientCa = new x509.X509Certificate(before.clientCaPem)
      expect(await certificate.verify({ publicKey: clientCa.publicKey, signatureOnly: true })).toBe(
        true,
      )

      // Nothing in the database is a private key: the CA key is sealed, issued keys are not kept.
      for (const table of ['landscapes', 'change_log', 'schema_migrations']) {
        const dump = await running.db.query(`SELECT row_to_json(t)::text AS row FROM ${table} t`)
        expect(dump.rows.length).toBeGreaterThan(0)
        expect(privateKeyFindings(table, JSON.stringify(dump.rows))).toEqual([])
      }
    } finally {
      await running?.stop()
    }
  }, 120_000)
})

describe('the PostgreSQL system store', () => {
  // A database server may keep rows of earlier runs: this run's landscape has an id of its own.
  const shared = `shared-${randomUUID()}`
  let db: Database
  let sealer: KeySealer
  beforeAll(async () => {
    db = await openDatabase()
    sealer = await KeySealer.fromSecret(new Uint8Array(32).fill(7))
    const storage = await openPostgresStorage(db, sealer)
    await storage.create({ id: shared, class: null, createdAt: new Date().toISOString() })
  }, 60_000)
  afterAll(() => db.close())

  it('refuses a save against an old revision and keeps what was saved', async () => {
    const system = await buildScenario(
      (await import('../../mocks/scenarios/scenario-catalog')).scenarios[0]!,
    )
    const first = createPostgresSystemStore(db, shared, sealer)
    await first.save(system, 1)
    const a = createPostgresSystemStore(db, shared, sealer)
    const b = createPostgresSystemStore(db, shared, sealer)
    await a.load()
    await b.load()
    const fromA = { ...system, scenarioId: 'saved-by-a' }
    await a.save(fromA, 2)
    await expect(b.save({ ...system, scenarioId: 'saved-by-b' }, 2)).rejects.toThrow(
      RevisionConflictError,
    )
    const loaded = await createPostgresSystemStore(db, shared, sealer).load()
    expect(loaded).toMatchObject({ kind: 'ok', revision: 2, value: { scenarioId: 'saved-by-a' } })
  })

  it('appends the change log and refuses to rewrite it', async () => {
    const store = createPostgresSystemStore(db, shared, sealer)
    const loaded = await store.load()
    if (loaded.kind !== 'ok') throw new Error(loaded.kind)
    const { value, revision } = loaded
    const countRows = async () =>
      Number(
        (
          await db.query<{ n: string }>(
            'SELECT count(*) AS n FROM change_log WHERE landscape_id = $1',
            [shared],
          )
        ).rows[0]!.n,
      )
    const rowsBefore = await countRows()
    // Across the issuance date: SAP issues with the unsealed CA key and logs what it did.
    const applied = await advanceClockTo(value, '2027-02-02')
    if (!applied.ok) throw new Error(applied.error.message)
    const added = applied.system.changeLog.slice(value.changeLog.length)
    expect(added.length).toBeGreaterThan(0)
    await store.save(applied.system, revision + 1)
    expect(await countRows()).toBe(rowsBefore + added.length)
    const reloaded = await createPostgresSystemStore(db, shared, sealer).load()
    if (reloaded.kind !== 'ok') throw new Error(JSON.stringify(reloaded))
    expect(reloaded.value.changeLog).toEqual(applied.system.changeLog)
    expect(reloaded.value.state.today).toBe('2027-02-02')
    await expect(
      db.query("UPDATE change_log SET entry = '{}'::jsonb WHERE landscape_id = $1", [shared]),
    ).rejects.toThrow(/append-only/)
    await expect(
      db.query('DELETE FROM change_log WHERE landscape_id = $1', [shared]),
    ).rejects.toThrow(/append-only/)
  })
})
