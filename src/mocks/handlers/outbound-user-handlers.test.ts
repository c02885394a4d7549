import { beforeEach, describe, expect, it } from 'vitest'
import {
  checkConnectionResponse,
  communicationSystem,
} from '../../api/contracts/communication-systems'
import { api, resetTo, startApiServer } from '../testing/api-server'

startApiServer()

const users = (systemId: string) => `communication-systems/${systemId}/outbound-users`

async function etagOf(systemId: string) {
  return (await api(`communication-systems/${systemId}`)).headers.get('ETag')!
}

beforeEach(() => resetTo('halfway'))

describe('POST .../outbound-users', () => {
  it('adds a user (201, Location, next ETag) that presents Client Default', async () => {
    const { status, headers, body } = await api(users('TAX-SERVICE'), {
      method: 'POST',
      headers: { 'If-Match': await etagOf('TAX-SERVICE') },
      body: {
        userName: 'BTP_TAX_NEW',
        authenticationMethod: 'SSL Client Certificate',
        clientCertificateId: 'default-2027-02-01',
      },
    })
    expect(status).toBe(201)
    const system = communicationSystem.parse(body)
    const added = system.outboundUsers.at(-1)!
    expect(headers.get('Location')).toBe(
      `api/communication-systems/TAX-SERVICE/outbound-users/${added.id}`,
    )
    expect(headers.get('ETag')).toBe(`"${system.version}"`)
    // The tax engine holds one certificate, Client Default Expiring: switching early breaks.
    expect(added).toMatchObject({ readiness: 'Broken', connection: { status: 401 } })
  })

  it('needs If-Match, refuses bad input with field errors, and 404 for an unknown system', async () => {
    const user = { userName: 'U', authenticationMethod: 'None' }
    expect((await api(users('TAX-SERVICE'), { method: 'POST', body: user })).status).toBe(428)
    const stale = await api(users('TAX-SERVICE'), {
      method: 'POST',
      headers: { 'If-Match': '"0"' },
      body: user,
    })
    expect(stale.status).toBe(412)
    const bad = await api(users('TAX-SERVICE'), {
      method: 'POST',
      headers: { 'If-Match': '*' },
      body: { userName: '', authenticationMethod: 'Kerberos' },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'authenticationMethod',
      'userName',
    ])
    const unknown = await api(users('NOPE'), {
      method: 'POST',
      headers: { 'If-Match': '*' },
      body: user,
    })
    expect(unknown.status).toBe(404)
    expect((await api('communication-systems/TAX-SERVICE')).body.outboundUsers).toHaveLength(1)
  })
})

describe('PATCH and DELETE .../outbound-users/:userId', () => {
  it('switches a user to Client Default and records the change', async () => {
    const { body: before } = await api('communication-systems/WMS-3PL')
    const user = before.outboundUsers.find(
      (u: { userName: string }) => u.userName === 'BTP_STOCK_QUERY',
    )
    expect(user.readiness).toBe('Switch pending')
    const { status, body } = await api(`${users('WMS-3PL')}/${user.id}`, {
      method: 'PATCH',
      headers: { 'If-Match': `"${before.version}"` },
      body: { clientCertificateId: 'default-2027-02-01' },
    })
    expect(status).toBe(200)
    expect(body.outboundUsers.find((u: { id: string }) => u.id === user.id)).toMatchObject({
      clientCertificateDescription: 'Client Default',
      readiness: 'Done',
    })
    const changes = (await api('communication-systems/WMS-3PL/changes')).body.items
    expect(changes[0]).toMatchObject({
      field: 'Client Certificate',
      oldValue: 'default-2026-08-01',
      newValue: 'default-2027-02-01',
    })
  })

  it('refuses a certificate removed by a rotation meanwhile (409), keeping the user as it was', async () => {
    const etag = await etagOf('WMS-3PL')
    const { body } = await api('communication-systems/WMS-3PL')
    await api('clock/advance', { method: 'POST', body: { to: '2027-03-01' } })
    const migratedEtag = await etagOf('WMS-3PL')
    expect(migratedEtag).not.toBe(etag) // SAP's migration changed the system too
    const userId = body.outboundUsers[1].id
    const { status, body: error } = await api(`${users('WMS-3PL')}/${userId}`, {
      method: 'PATCH',
      headers: { 'If-Match': migratedEtag },
      body: { userName: 'RENAMED', clientCertificateId: 'default-2026-08-01' },
    })
    expect(status).toBe(409)
    expect(error.error.code).toBe('CertificateRemoved')
    expect(error.error.details[0].field).toBe('clientCertificateId')
    const after = await api('communication-systems/WMS-3PL')
    expect(after.headers.get('ETag')).toBe(migratedEtag)
    expect(after.body.outboundUsers[1].userName).toBe('BTP_STOCK_QUERY')
  })

  it('deletes a user with the current ETag; 404 for an unknown user; 428 without If-Match', async () => {
    const { body } = await api('communication-systems/ARIBA-PROC')
    const userId = body.outboundUsers[1].id
    expect((await api(`${users('ARIBA-PROC')}/${userId}`, { method: 'DELETE' })).status).toBe(428)
    // The user of arrangement SAP_COM_0276 stays until the arrangement goes.
    const refused = await api(`${users('ARIBA-PROC')}/${userId}`, {
      method: 'DELETE',
      headers: { 'If-Match': `"${body.version}"` },
    })
    expect(refused.status).toBe(409)
    expect(refused.body.error).toMatchObject({
      code: 'UsedByArrangement',
      details: [{ field: 'userId' }],
    })
    const arrangement = 'communication-arrangements/SAP_COM_0276'
    expect(
      (await api(arrangement, { method: 'DELETE', headers: { 'If-Match': '"1"' } })).status,
    ).toBe(204)
    const deleted = await api(`${users('ARIBA-PROC')}/${userId}`, {
      method: 'DELETE',
      headers: { 'If-Match': `"${body.version}"` },
    })
    expect(deleted.status).toBe(200)
    expect(deleted.body.outboundUsers).toHaveLength(1)
    const again = await api(`${users('ARIBA-PROC')}/${userId}`, {
      method: 'DELETE',
      headers: { 'If-Match': '*' },
    })
    expect(again.status).toBe(404)
    expect(again.body.error.code).toBe('UnknownUser')
  })
})

describe('POST .../outbound-users/:userId/check-connection', () => {
  it('answers the outcome in plain words and records it in the external system’s log', async () => {
    const { body: system } = await api('communication-systems/BANK-EBICS')
    const userId = system.outboundUsers[0].id
    const { status, body } = await api(`${users('BANK-EBICS')}/${userId}/check-connection`, {
      method: 'POST',
    })
    expect(status).toBe(200)
    const result = checkConnectionResponse.parse(body)
    expect(result).toMatchObject({
      status: 401,
      reason: 'certificate-not-trusted',
      host: 'ebics.bank.example.com',
      message:
        'ebics.bank.example.com pins certificates and does not know Client Default (HTTP 401): upload Client Default to it in External Systems.',
      certificate: { id: 'default-2027-02-01', description: 'Client Default' },
    })
    expect(result.certificate.fingerprintSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
    const { body: external } = await api('external-systems/ebics.bank.example.com')
    expect(external.connectionLog[0]).toMatchObject({ userId, status: 401, date: '2027-02-14' })
    // A check is not an edit: the system keeps its ETag.
    expect((await api('communication-systems/BANK-EBICS')).body.version).toBe(system.version)
  })

  it('answers 409 for a user without certificate and 404 for an unknown one', async () => {
    const { body: system } = await api('communication-systems/ARIBA-PROC')
    const oauth = system.outboundUsers[1].id
    const notCertificate = await api(`${users('ARIBA-PROC')}/${oauth}/check-connection`, {
      method: 'POST',
    })
    expect(notCertificate.status).toBe(409)
    expect(notCertificate.body.error.code).toBe('NotCertificateBased')
    const unknown = await api(`${users('ARIBA-PROC')}/user-999/check-connection`, {
      method: 'POST',
    })
    expect(unknown.status).toBe(404)
  })
})
