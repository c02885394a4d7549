import 'fake-indexeddb/auto'
import { beforeAll, describe, expect, it } from 'vitest'
import { createIndexedDbStore } from '../backend/indexeddb-store'
import { isSimulatedSystem, SYSTEM_SCHEMA_VERSION } from '../backend/simulated-system'
import { damageInStoredSystem } from '../backend/stored-system-check'
import { findScenario } from '../scenarios/scenario-catalog'
import { api, resetTo, startApiServer } from '../testing/api-server'
import { callEndpoint, everyEndpoint, uploadableCertificate } from '../testing/every-endpoint'

// The saved simulation passes the quick structural check, but one record inside it is damaged.
const databaseName = 'rotation-lab-damaged-inside'
const store = () => createIndexedDbStore(databaseName, SYSTEM_SCHEMA_VERSION, isSimulatedSystem)
startApiServer({
  store: createIndexedDbStore(databaseName, SYSTEM_SCHEMA_VERSION, isSimulatedSystem, {
    describeDamage: damageInStoredSystem,
  }),
})
const certificate = uploadableCertificate()
beforeAll(async () => {
  const system = await findScenario('before-issuance')!.build()
  const systems = [...system.state.systems]
  systems[2] = null as never
  await store().save({ ...system, state: { ...system.state, systems } }, 3)
})

describe('a stored simulation with a damaged record inside', () => {
  it.each(everyEndpoint)(
    '%s /api/%s answers 503 StoreUnusable naming the record, the clock as well',
    async (...request) => {
      const { status, body: answer } = await callEndpoint(request, certificate)
      expect(status, JSON.stringify(answer)).toBe(503)
      expect(answer.error).toMatchObject({ code: 'StoreUnusable', reason: 'corrupt' })
      expect(answer.error.message).toMatch(
        /damaged .*state\.systems\.2: not a usable communication system.*Reset the simulation/,
      )
    },
  )

  it('a reset replaces it, and every list answers again', async () => {
    await resetTo('before-issuance')
    expect((await api('communication-systems')).status).toBe(200)
    expect((await api('clock')).status).toBe(200)
  })
})
