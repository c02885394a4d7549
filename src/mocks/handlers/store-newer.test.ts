import 'fake-indexeddb/auto'
import { beforeAll, describe, expect, it } from 'vitest'
import { createIndexedDbStore } from '../backend/indexeddb-store'
import { toLandscapeFile } from '../backend/landscape-file'
import { isSimulatedSystem, SYSTEM_SCHEMA_VERSION } from '../backend/simulated-system'
import { findScenario } from '../scenarios/scenario-catalog'
import { api, startApiServer } from '../testing/api-server'
import { callEndpoint, everyEndpoint, uploadableCertificate } from '../testing/every-endpoint'

// The tab is an older copy of Rotation Lab (a cached build, a rollback) than the one that saved.
const databaseName = 'rotation-lab-newer'
const newerVersion = SYSTEM_SCHEMA_VERSION + 1
const writtenByNewer = { written: 'by a newer version', today: '2031-01-01' }
const rawStore = () => createIndexedDbStore(databaseName, newerVersion, (_v): _v is unknown => true)
startApiServer({
  store: createIndexedDbStore(databaseName, SYSTEM_SCHEMA_VERSION, isSimulatedSystem),
})
const certificate = uploadableCertificate()
beforeAll(() => rawStore().save(writtenByNewer, 12))

describe('a stored simulation of a newer version', () => {
  it.each(everyEndpoint)(
    '%s /api/%s answers 503 StoreUnusable, reason newer',
    async (...request) => {
      const { status, body: answer } = await callEndpoint(request, certificate)
      expect(status, JSON.stringify(answer)).toBe(503)
      expect(answer.error).toMatchObject({ code: 'StoreUnusable', reason: 'newer' })
      expect(answer.error.message).toMatch(/newer version of Rotation Lab/)
      expect(answer.error.message).toMatch(/leaves it untouched/)
      expect(answer.error.message).not.toMatch(/older|Reset the simulation/)
    },
  )

  it('refuses every way of replacing it — reset, import, link — and leaves it as it was', async () => {
    const reset = await api('simulation/reset', {
      method: 'POST',
      body: { scenario: 'before-issuance' },
    })
    expect(reset.status).toBe(503)
    expect(reset.body.error).toMatchObject({ code: 'StoreUnusable', reason: 'newer' })

    const file = toLandscapeFile(await findScenario('before-issuance')!.build(), new Date())
    const imported = await api('simulation/import', { method: 'POST', body: file })
    expect(imported.status).toBe(503)

    const link = await api('simulation/link/replace', { method: 'POST' })
    expect(link.status).not.toBe(200)

    expect(await rawStore().load()).toMatchObject({
      kind: 'ok',
      value: writtenByNewer,
      revision: 12,
    })
  })
})
