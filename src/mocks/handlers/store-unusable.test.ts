import 'fake-indexeddb/auto'
import { beforeAll, describe, expect, it } from 'vitest'
import { createIndexedDbStore } from '../backend/indexeddb-store'
import { isSimulatedSystem, SYSTEM_SCHEMA_VERSION } from '../backend/simulated-system'
import { api, resetTo, startApiServer } from '../testing/api-server'

// The tab opens a store that an older Rotation Lab wrote (schema version 0).
const databaseName = 'rotation-lab-outdated'
startApiServer({
  store: createIndexedDbStore(databaseName, SYSTEM_SCHEMA_VERSION, isSimulatedSystem),
})

let certificate: Uint8Array
beforeAll(async () => {
  const { opensslLine, readTemp } = await import('../pki/openssl.test-helper')
  opensslLine(
    'req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout k.pem -out c.pem -days 1 -addext basicConstraints=CA:FALSE -subj',
    '/CN=partner.example.com',
  )
  certificate = readTemp('c.pem')
  await createIndexedDbStore(databaseName, 0, (_v): _v is unknown => true).save({ old: true }, 7)
})

const endpoints: [string, string, unknown?][] = [
  ['GET', 'clock'],
  ['POST', 'clock/advance', { days: 1 }],
  ['GET', 'client-certificates'],
  ['GET', 'client-certificates/customer-1'],
  ['GET', 'client-certificates/customer-1/export?format=pem'],
  ['GET', 'communication-systems'],
  ['POST', 'communication-systems', { systemId: 'X', systemName: 'X', hostName: 'x.example.com' }],
  ['GET', 'communication-systems/S4H-FIN-PRD'],
  ['PATCH', 'communication-systems/S4H-FIN-PRD', {}],
  ['DELETE', 'communication-systems/S4H-FIN-PRD'],
  ['GET', 'communication-systems/S4H-FIN-PRD/changes'],
  [
    'POST',
    'communication-systems/S4H-FIN-PRD/outbound-users',
    { userName: 'U', authenticationMethod: 'None' },
  ],
  ['PATCH', 'communication-systems/S4H-FIN-PRD/outbound-users/user-1', {}],
  ['DELETE', 'communication-systems/S4H-FIN-PRD/outbound-users/user-1'],
  ['POST', 'communication-systems/S4H-FIN-PRD/outbound-users/user-1/check-connection'],
  ['GET', 'external-systems'],
  ['GET', 'external-systems/s4h-fin.example.com'],
  ['PATCH', 'external-systems/s4h-fin.example.com', {}],
  ['DELETE', `external-systems/s4h-fin.example.com/trusted-certificates/${'AB'.repeat(32)}`],
  ['POST', 'external-systems/s4h-fin.example.com/trusted-certificates', 'certificate'],
  ['GET', 'rotation/readiness'],
  ['GET', 'events'],
]

describe('a stored simulation of an older version', () => {
  it.each(endpoints)(
    '%s /api/%s answers 503 StoreUnusable, offering a reset',
    async (method, path, body) => {
      const payload = body === 'certificate' ? certificate : body
      const headers = { 'If-Match': '*' }
      const { status, body: answer } = await api(path, { method, body: payload, headers })
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
