import 'fake-indexeddb/auto'
import { beforeAll, describe, expect, it } from 'vitest'
import { createIndexedDbStore } from '../backend/indexeddb-store'
import { isSimulatedSystem, SYSTEM_SCHEMA_VERSION } from '../backend/simulated-system'
import { api, resetTo, startApiServer } from '../testing/api-server'
import { callEndpoint, everyEndpoint, uploadableCertificate } from '../testing/every-endpoint'

// The tab opens a store that an older Rotation Lab wrote (schema version 0).
const databaseName = 'rotation-lab-outdated'
startApiServer({
  store: createIndexedDbStore(databaseName, SYSTEM_SCHEMA_VERSION, isSimulatedSystem),
})
const certificate = uploadableCertificate()
beforeAll(async () => {
  await createIndexedDbStore(databaseName, 0, (_v): _v is unknown => true).save({ old: true }, 7)
})

describe('a stored simulation of an older version', () => {
  it.each(everyEndpoint)(
    '%s /api/%s answers 503 StoreUnusable, offering a reset',
    async (...request) => {
      const { status, body: answer } = await callEndpoint(request, certificate)
      expect(status, JSON.stringify(answer)).toBe(503)
      expect(answer.error).toMatchObject({ code: 'StoreUnusable', reason: 'outdated', details: [] })
      expect(answer.error.message).toMatch(/older version.*Reset the simulation/)
    },
  )

  it('still lists the scenarios, and a reset makes everything work again', async () => {
    const scenarios = await api('simulation/scenarios')
    expect(scenarios.status).toBe(200)
    expect(scenarios.body.current).toBeNull()
    await resetTo('before-issuance')
    expect((await api('communication-systems')).status).toBe(200)
    expect((await api('clock')).body.today).toBe('2027-01-25')
  })
})
