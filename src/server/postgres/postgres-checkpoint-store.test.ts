import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allowCaKeyExport } from '../../mocks/pki/web-crypto'
import { privateKeyFindings } from '../../mocks/security/leak-scan.test-helper'
import { LandscapeRegistry } from '../landscape-registry'
import { startLabServer } from '../start-server'
import { cachedScenarioBuilder, call } from '../testing'
import { KeySealer } from './key-sealer'
import { openPgDatabase } from './pg-database'
import { openPgliteDatabase } from './pglite-database'
import { openPostgresStorage } from './postgres-storage'

// This process is a server host: its CA keys must be sealable (the browser's never are).
allowCaKeyExport()
const buildScenario = cachedScenarioBuilder()

// PGlite unless LAB_TEST_DATABASE_URL names a PostgreSQL server (a database for tests only).
const databaseUrl = process.env.LAB_TEST_DATABASE_URL
const store = databaseUrl ? 'PostgreSQL' : 'PGlite'

let dataDir: string
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rotation-lab-checkpoints-'))
})
afterAll(() => rm(dataDir, { recursive: true, force: true }))

/** A server on the data dir, as `npm run serve` starts one (a restart is a second call). */
async function startOnDataDir() {
  const sealer = await KeySealer.open(undefined, dataDir)
  const db = databaseUrl
    ? await openPgDatabase(databaseUrl)
    : await openPgliteDatabase(join(dataDir, 'pglite'))
  const registry = await LandscapeRegistry.open(
    await openPostgresStorage(db, sealer),
    buildScenario,
  )
  const server = await startLabServer({ registry, adminToken: 'token' })
  return {
    db,
    registry,
    origin: server.origin,
    async stop() {
      await server.close()
      await registry.close()
    },
  }
}

const countCheckpointRows = async (
  running: Awaited<ReturnType<typeof startOnDataDir>>,
  id: string,
) =>
  Number(
    (
      await running.db.query<{ n: string }>(
        'SELECT count(*) AS n FROM checkpoints WHERE landscape_id = $1',
        [id],
      )
    ).rows[0]!.n,
  )

describe(`checkpoints of a landscape on ${store}`, () => {
  it('survive a restart, restore with a working CA key, and go with their landscape', async () => {
    let running: Awaited<ReturnType<typeof startOnDataDir>> | undefined = await startOnDataDir()
    try {
      const created = await call(`${running.origin}/admin/landscapes`, {
        method: 'POST',
        token: 'token',
        body: { scenario: 'before-issuance', class: 'checkpoints' },
      })
      expect(created.status).toBe(201)
      const id: string = created.body.id
      const api = (origin: string) => `${origin}/l/${id}/api/`
      const scenarioToday = (await call(`${api(running.origin)}clock`)).body.today
      const saved = await call(`${api(running.origin)}simulation/checkpoints`, {
        method: 'POST',
        body: { name: 'Before the issuance' },
      })
      expect(saved.status).toBe(201)
      const moved = await call(`${api(running.origin)}clock/advance`, {
        method: 'POST',
        body: { to: '2027-02-02' },
      })
      expect(moved.status).toBe(200)
      await running.stop()
      running = undefined

      running = await startOnDataDir()
      const listed = await call(`${api(running.origin)}simulation/checkpoints`)
      expect(listed.body.items).toEqual([
        expect.objectContaining({
          name: 'Before the issuance',
          simulatedDate: scenarioToday,
          scenarioId: 'before-issuance',
          automatic: false,
        }),
      ])
      const restored = await call(
        `${api(running.origin)}simulation/checkpoints/${encodeURIComponent('Before the issuance')}/restore`,
        { method: 'POST' },
      )
      expect(restored.status, JSON.stringify(restored.body)).toBe(200)
      expect(restored.body.clock.today).toBe(scenarioToday)
      // The restored CA key (sealed in the checkpoint row) signs SAP's next certificate.
      const issued = await call(`${api(running.origin)}clock/advance`, {
        method: 'POST',
        body: { to: '2027-02-02' },
      })
      expect(issued.status, JSON.stringify(issued.body)).toBe(200)
      expect(issued.body.summary.certificatesIssued).toBeGreaterThan(0)

      const dump = await running.db.query('SELECT row_to_json(t)::text AS row FROM checkpoints t')
      expect(dump.rows.length).toBeGreaterThan(0)
      expect(privateKeyFindings('checkpoints', JSON.stringify(dump.rows))).toEqual([])

      expect(await countCheckpointRows(running, id)).toBe(1)
      const deleted = await call(`${running.origin}/admin/landscapes/${id}`, {
        method: 'DELETE',
        token: 'token',
      })
      expect(deleted.status).toBe(204)
      expect(await countCheckpointRows(running, id)).toBe(0)
    } finally {
      await running?.stop()
    }
  }, 180_000)

  it('remember across a restart that a landscape is a scenario as loaded', async () => {
    let running: Awaited<ReturnType<typeof startOnDataDir>> | undefined = await startOnDataDir()
    try {
      const created = await call(`${running.origin}/admin/landscapes`, {
        method: 'POST',
        token: 'token',
        body: { scenario: 'halfway' },
      })
      const id: string = created.body.id
      // Unchanged since the reset: no saved work (a link would replace it without asking).
      expect(await running.registry.get(id)!.checkpoints.hasSavedWork()).toBe(false)
      await call(`${running.origin}/l/${id}/api/clock/advance`, {
        method: 'POST',
        body: { days: 1 },
      })
      expect(await running.registry.get(id)!.checkpoints.hasSavedWork()).toBe(true)
      await running.stop()
      running = undefined

      running = await startOnDataDir()
      expect(await running.registry.get(id)!.checkpoints.hasSavedWork()).toBe(true)
      await running.registry.get(id)!.checkpoints.markUntouched()
      await running.stop()
      running = undefined

      running = await startOnDataDir()
      expect(await running.registry.get(id)!.checkpoints.hasSavedWork()).toBe(false)
    } finally {
      await running?.stop()
    }
  }, 180_000)
})
