import { beforeEach, describe, expect, it } from 'vitest'
import {
  communicationSystem,
  communicationSystemList,
} from '../../api/contracts/communication-systems'
import { api, resetTo, startApiServer } from '../testing/api-server'

startApiServer()

const newSystem = {
  systemId: 'NEW-SYS',
  systemName: 'New partner',
  hostName: 'new.example.com',
  outboundUsers: [{ userName: 'BTP_NEW', authenticationMethod: 'OAuth 2.0' }],
}

async function systemIds(query = '') {
  const { status, body } = await api(`communication-systems${query}`)
  expect(status).toBe(200)
  return communicationSystemList.parse(body).items.map((row) => row.systemId)
}

describe('GET /api/communication-systems', () => {
  beforeEach(() => resetTo('halfway'))

  it('lists every system sorted by System ID, with certificates, worst readiness and user count', async () => {
    const { body } = await api('communication-systems')
    const list = communicationSystemList.parse(body)
    expect(list.total).toBe(11)
    const ids = list.items.map((row) => row.systemId)
    expect(ids).toEqual([...ids].sort())
    expect(list.items.find((row) => row.systemId === 'EDI-GATEWAY')).toEqual({
      systemId: 'EDI-GATEWAY',
      systemName: 'EDI Gateway',
      hostName: 'edi.example.com',
      certificates: [
        { id: 'customer-1', description: 'EDI Gateway Client Certificate', role: 'Customer' },
        {
          id: 'default-2026-08-01',
          description: 'Client Default Expiring',
          role: 'Client Default Expiring',
        },
      ],
      readiness: 'Upload pending',
      outboundUserCount: 2,
    })
    // Broken wins over everything else; a system without certificate users has no readiness.
    expect(list.items.find((row) => row.systemId === 'BANK-EBICS')?.readiness).toBe('Broken')
    expect(list.items.find((row) => row.systemId === 'ARCHIVE-LEGACY')).not.toHaveProperty(
      'readiness',
    )
    // OAuth 2.0 with mTLS presents a certificate: the master data hub counts like SSL users do.
    expect(list.items.find((row) => row.systemId === 'MDG-HUB')).toMatchObject({
      certificates: [
        {
          id: 'default-2026-08-01',
          description: 'Client Default Expiring',
          role: 'Client Default Expiring',
        },
      ],
      readiness: 'Upload pending',
    })
  })

  it('searches System ID, name and host, case-insensitively', async () => {
    expect(await systemIds('?search=ariba')).toEqual(['ARIBA-PROC'])
    expect(await systemIds('?search=EXAMPLE.DE')).toEqual(['PAYROLL-DE'])
    expect(await systemIds('?search=warehouse')).toEqual(['WMS-3PL'])
    expect(await systemIds('?search=nothing-like-this')).toEqual([])
  })

  it('filters by certificate and by readiness, and pages', async () => {
    expect(await systemIds('?certificate=customer-1')).toEqual(['EDI-GATEWAY'])
    expect(await systemIds('?readiness=Broken')).toEqual(['BANK-EBICS'])
    expect(await systemIds('?readiness=Done')).toEqual(['ARIBA-PROC', 'S4H-FIN-PRD'])
    const { body } = await api('communication-systems?offset=2&limit=3')
    expect(body).toMatchObject({ total: 11, offset: 2, limit: 3 })
    expect(body.items).toHaveLength(3)
  })

  it('refuses an unknown readiness status with a field error', async () => {
    const { status, body } = await api('communication-systems?readiness=Fine')
    expect(status).toBe(400)
    expect(body.error.details[0].field).toBe('readiness')
  })
})

describe('POST /api/communication-systems', () => {
  beforeEach(() => resetTo('before-issuance'))

  it('creates a system: 201, ETag, Location, and the new external system', async () => {
    const { status, headers, body } = await api('communication-systems', {
      method: 'POST',
      body: newSystem,
    })
    expect(status).toBe(201)
    expect(headers.get('ETag')).toBe('"1"')
    expect(headers.get('Location')).toBe('api/communication-systems/NEW-SYS')
    expect(communicationSystem.parse(body)).toMatchObject({
      systemId: 'NEW-SYS',
      port: 443,
      version: 1,
      outboundUsers: [{ userName: 'BTP_NEW', authenticationMethod: 'OAuth 2.0' }],
    })
    expect((await api('external-systems/new.example.com')).status).toBe(200)
    expect((await api('communication-systems/NEW-SYS')).status).toBe(200)
  })

  it('answers field errors for every bad field at once, and creates nothing', async () => {
    const { status, body } = await api('communication-systems', {
      method: 'POST',
      body: { systemId: 'bad id', systemName: '', hostName: 'not a host', port: 70000 },
    })
    expect(status).toBe(400)
    expect(body.error.code).toBe('ValidationFailed')
    const fields = body.error.details.map((detail: { field: string }) => detail.field)
    expect(fields).toEqual(expect.arrayContaining(['systemId', 'systemName', 'hostName', 'port']))
    expect(await systemIds()).toHaveLength(11)
  })

  it('refuses a duplicate System ID with 409 and a SSL user without certificate with 400', async () => {
    const duplicate = await api('communication-systems', {
      method: 'POST',
      body: { ...newSystem, systemId: 'S4H-FIN-PRD' },
    })
    expect(duplicate.status).toBe(409)
    expect(duplicate.body.error).toMatchObject({ code: 'DuplicateSystemId' })
    expect(duplicate.body.error.details).toEqual([
      { field: 'systemId', message: expect.stringContaining('already exists') },
    ])
    const noCertificate = await api('communication-systems', {
      method: 'POST',
      body: {
        ...newSystem,
        outboundUsers: [{ userName: 'X', authenticationMethod: 'SSL Client Certificate' }],
      },
    })
    expect(noCertificate.status).toBe(400)
    expect(noCertificate.body.error.details[0].field).toBe('outboundUsers.0.clientCertificateId')
  })

  it('refuses an unknown certificate (nothing half-applied) and a body that is not JSON', async () => {
    const unknown = await api('communication-systems', {
      method: 'POST',
      body: {
        ...newSystem,
        outboundUsers: [
          { userName: 'A', authenticationMethod: 'None' },
          {
            userName: 'B',
            authenticationMethod: 'SSL Client Certificate',
            clientCertificateId: 'x',
          },
        ],
      },
    })
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.code).toBe('UnknownCertificate')
    expect((await api('communication-systems/NEW-SYS')).status).toBe(404)
    expect((await api('external-systems/new.example.com')).status).toBe(404)
    const garbage = await api('communication-systems', { method: 'POST', body: '{"systemId"' })
    expect(garbage.status).toBe(400)
    expect(garbage.body.error.code).toBe('InvalidJson')
  })
})
