import { beforeEach, describe, expect, it } from 'vitest'
import { communicationSystem, systemChanges } from '../../api/contracts/communication-systems'
import { api, resetTo, startApiServer } from '../testing/api-server'

startApiServer()

const system = 'communication-systems/S4H-FIN-PRD'

beforeEach(() => resetTo('halfway'))

describe('GET /api/communication-systems/:systemId', () => {
  it('answers the system with its version as ETag and each user’s certificate, readiness and outcomes', async () => {
    const { status, headers, body } = await api('communication-systems/EDI-GATEWAY')
    expect(status).toBe(200)
    const parsed = communicationSystem.parse(body)
    expect(headers.get('ETag')).toBe(`"${parsed.version}"`)
    expect(parsed.outboundUsers[1]).toEqual({
      id: expect.any(String),
      userName: 'BTP_EDI_DESADV',
      authenticationMethod: 'SSL Client Certificate',
      clientCertificateId: 'default-2026-08-01',
      clientCertificateDescription: 'Client Default Expiring',
      readiness: 'Upload pending',
      connection: {
        status: 200,
        reason: 'certificate-trusted',
        trustMode: 'PinnedCertificate',
        message: 'Connected: edi.example.com holds Client Default Expiring in its trust store.',
      },
      afterRotation: {
        status: 403,
        reason: 'certificate-not-trusted',
        trustMode: 'PinnedCertificate',
        message:
          'On 2027-03-01 SAP moves this user to Client Default. edi.example.com pins certificates and does not know Client Default (HTTP 403): upload Client Default to it in External Systems.',
        date: '2027-03-01',
        certificateId: 'default-2027-02-01',
        certificateDescription: 'Client Default',
        migrated: true,
      },
    })
  })

  it('answers 404 with the one error shape for an unknown system', async () => {
    const { status, body } = await api('communication-systems/NOPE')
    expect(status).toBe(404)
    expect(body).toEqual({
      error: {
        code: 'UnknownSystem',
        message: 'There is no communication system "NOPE".',
        details: [{ field: 'systemId', message: 'There is no communication system "NOPE".' }],
      },
    })
  })
})

describe('PATCH /api/communication-systems/:systemId', () => {
  it('changes fields with the current ETag and answers the next one', async () => {
    const { headers } = await api(system)
    const etag = headers.get('ETag')!
    const {
      status,
      headers: after,
      body,
    } = await api(system, {
      method: 'PATCH',
      headers: { 'If-Match': etag },
      body: { systemName: 'Finance', port: 8443 },
    })
    expect(status).toBe(200)
    expect(body).toMatchObject({ systemName: 'Finance', port: 8443 })
    expect(after.get('ETag')).toBe(`"${Number(JSON.parse(etag)) + 1}"`)
    const changes = systemChanges.parse((await api(`${system}/changes`)).body).items
    expect(changes.slice(0, 2).map((c) => [c.field, c.oldValue, c.newValue, c.actor])).toEqual([
      ['Port', '443', '8443', 'Administrator'],
      ['System Name', 'S/4HANA Finance (on-premise)', 'Finance', 'Administrator'],
    ])
  })

  it('needs If-Match (428) and refuses a stale one (412), changing nothing', async () => {
    const missing = await api(system, { method: 'PATCH', body: { systemName: 'X' } })
    expect(missing.status).toBe(428)
    expect(missing.body.error.code).toBe('PreconditionRequired')
    const stale = await api(system, {
      method: 'PATCH',
      headers: { 'If-Match': '"1"' },
      body: { systemName: 'X' },
    })
    expect(stale.status).toBe(412)
    expect(stale.body.error.code).toBe('VersionConflict')
    expect(stale.body.error.message).toMatch(/changed meanwhile.*Reload/)
    expect(stale.headers.get('ETag')).toBe('"3"')
    const garbled = await api(system, { method: 'PATCH', headers: { 'If-Match': 'abc' }, body: {} })
    expect(garbled.status).toBe(412)
    expect((await api(system)).body.systemName).toBe('S/4HANA Finance (on-premise)')
  })

  it('refuses bad fields (400 with details) and unknown fields; 404 for an unknown system', async () => {
    const headers = { 'If-Match': '*' }
    const bad = await api(system, { method: 'PATCH', headers, body: { port: 0, systemName: '' } })
    expect(bad.status).toBe(400)
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'port',
      'systemName',
    ])
    const extra = await api(system, { method: 'PATCH', headers, body: { version: 9 } })
    expect(extra.status).toBe(400)
    const inboundOnly = await api(system, { method: 'PATCH', headers, body: { inboundOnly: true } })
    expect(inboundOnly.status).toBe(400)
    expect(inboundOnly.body.error.details[0].field).toBe('inboundOnly')
    const unknown = await api('communication-systems/NOPE', { method: 'PATCH', headers, body: {} })
    expect(unknown.status).toBe(404)
    expect((await api(system)).headers.get('ETag')).toBe('"3"')
  })
})

describe('DELETE /api/communication-systems/:systemId', () => {
  it('needs a current If-Match, then deletes (204) and the system is gone (404)', async () => {
    expect((await api(system, { method: 'DELETE' })).status).toBe(428)
    expect((await api(system, { method: 'DELETE', headers: { 'If-Match': '"2"' } })).status).toBe(
      412,
    )
    // A system an arrangement uses stays until the arrangement goes.
    const refused = await api(system, { method: 'DELETE', headers: { 'If-Match': '"3"' } })
    expect(refused.status).toBe(409)
    expect(refused.body.error).toMatchObject({ code: 'UsedByArrangement' })
    expect(refused.body.error.message).toContain('Z_FIN_BUSINESS_PARTNER')
    const arrangement = 'communication-arrangements/Z_FIN_BUSINESS_PARTNER'
    expect(
      (await api(arrangement, { method: 'DELETE', headers: { 'If-Match': '*' } })).status,
    ).toBe(204)
    const deleted = await api(system, { method: 'DELETE', headers: { 'If-Match': '"3"' } })
    expect(deleted.status).toBe(204)
    expect((await api(system)).status).toBe(404)
    expect((await api(`${system}/changes`)).status).toBe(404)
    const events = await api('events?systemId=S4H-FIN-PRD&limit=1')
    expect(events.body.items[0].message).toMatch(/deleted communication system S4H-FIN-PRD/)
  })
})

describe('GET /api/communication-systems/:systemId/changes', () => {
  it('lists the change documents of that system only, newest first, SAP and Administrator', async () => {
    await resetTo('after-rotation-nobody-acted')
    const { body } = await api('communication-systems/TAX-SERVICE/changes')
    const items = systemChanges.parse(body).items
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((item) => item.systemId === 'TAX-SERVICE')).toBe(true)
    expect(items[0]).toMatchObject({
      actor: 'SAP',
      date: '2027-03-01',
      category: 'Users for Outbound Communication',
      field: 'Client Certificate',
    })
    const ids = items.map((item) => item.id)
    expect(ids).toEqual([...ids].sort((a, b) => b - a))
  })
})
