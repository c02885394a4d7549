import { beforeEach, describe, expect, it } from 'vitest'
import { clientCertificate } from '../../api/contracts/client-certificates'
import {
  communicationSystem,
  communicationSystemList,
  type OutboundUser,
} from '../../api/contracts/communication-systems'
import { eventsPage } from '../../api/contracts/events'
import { readinessReport } from '../../api/contracts/rotation'
import { api, resetTo, startApiServer } from '../testing/api-server'

startApiServer()

// OAuth 2.0 with client authentication mTLS presents a client certificate (as SAP sets up e.g.
// SAP_COM_0A69): it counts wherever an SSL Client Certificate user counts.

const clientDefault = 'default-2027-02-01'
const expiring = 'default-2026-08-01'
const users = (systemId: string) => `communication-systems/${systemId}/outbound-users`
const mtls = { authenticationMethod: 'OAuth 2.0', clientAuthentication: 'mTLS' } as const

async function addUser(systemId: string, user: Record<string, unknown>) {
  return api(users(systemId), { method: 'POST', headers: { 'If-Match': '*' }, body: user })
}

async function userNamed(systemId: string, userName: string): Promise<OutboundUser> {
  const { body } = await api(`communication-systems/${systemId}`)
  const user = communicationSystem.parse(body).outboundUsers.find((u) => u.userName === userName)
  if (!user) throw new Error(`no user ${userName} in ${systemId}`)
  return user
}

async function systemIds(query: string) {
  const { body } = await api(`communication-systems?${query}`)
  return communicationSystemList.parse(body).items.map((row) => row.systemId)
}

beforeEach(() => resetTo('halfway'), 30_000)

describe('creating an OAuth 2.0 user with mTLS', () => {
  it('needs a Client Certificate, and only OAuth 2.0 has a Client Authentication', async () => {
    const noCertificate = await addUser('ARIBA-PROC', { userName: 'BTP_MTLS', ...mtls })
    expect(noCertificate.status).toBe(400)
    expect(noCertificate.body.error.details).toEqual([
      { field: 'clientCertificateId', message: 'Choose a Client Certificate.' },
    ])
    const ssl = await addUser('ARIBA-PROC', {
      userName: 'BTP_SSL',
      authenticationMethod: 'SSL Client Certificate',
      clientAuthentication: 'mTLS',
      clientCertificateId: clientDefault,
    })
    expect(ssl.status).toBe(400)
    expect(ssl.body.error.details.map((d: { field: string }) => d.field)).toEqual([
      'clientAuthentication',
    ])
    const inSystem = await api('communication-systems', {
      method: 'POST',
      body: {
        systemId: 'NEW-MTLS',
        systemName: 'New',
        hostName: 'new.example.com',
        outboundUsers: [{ userName: 'U', ...mtls }],
      },
    })
    expect(inSystem.status).toBe(400)
    expect(inSystem.body.error.details[0].field).toBe('outboundUsers.0.clientCertificateId')
    expect((await api('communication-systems/ARIBA-PROC')).body.outboundUsers).toHaveLength(2)
  })

  it('shows the user with its Client Authentication, readiness and outcomes, and where it is used', async () => {
    const { status } = await addUser('ARIBA-PROC', {
      userName: 'BTP_MTLS',
      ...mtls,
      clientCertificateId: clientDefault,
    })
    expect(status).toBe(201)
    const user = await userNamed('ARIBA-PROC', 'BTP_MTLS')
    expect(user).toMatchObject({
      ...mtls,
      clientCertificateId: clientDefault,
      clientCertificateDescription: 'Client Default',
      readiness: 'Done',
      connection: { status: 200, reason: 'certificate-trusted' },
      afterRotation: { status: 200, migrated: false, date: '2027-03-01' },
    })
    const report = readinessReport.parse((await api('rotation/readiness')).body)
    expect(report.rows.find((row) => row.userId === user.id)).toMatchObject({
      systemId: 'ARIBA-PROC',
      readiness: 'Done',
    })
    const { body } = await api(`client-certificates/${clientDefault}`)
    expect(clientCertificate.parse(body).usage).toContainEqual({
      systemId: 'ARIBA-PROC',
      systemName: 'Ariba Procurement',
      userId: user.id,
      userName: 'BTP_MTLS',
    })
  })
})

describe('an OAuth 2.0 user with mTLS on Client Default Expiring', () => {
  it('counts in the filters, answers Check Connection, and SAP migrates it on the rotation', async () => {
    // The archive's users have passwords so far: only the new user makes it certificate-based.
    expect(await systemIds(`certificate=${expiring}`)).not.toContain('ARCHIVE-LEGACY')
    const { status } = await addUser('ARCHIVE-LEGACY', {
      userName: 'BTP_ARCHIVE_MTLS',
      ...mtls,
      clientCertificateId: expiring,
    })
    expect(status).toBe(201)
    expect(await systemIds(`certificate=${expiring}`)).toContain('ARCHIVE-LEGACY')
    expect(await systemIds('readiness=Broken')).toContain('ARCHIVE-LEGACY') // the archive holds nothing
    const user = await userNamed('ARCHIVE-LEGACY', 'BTP_ARCHIVE_MTLS')
    const check = await api(`${users('ARCHIVE-LEGACY')}/${user.id}/check-connection`, {
      method: 'POST',
    })
    expect(check.body).toMatchObject({ status: 403, reason: 'certificate-not-trusted' })
    const report = readinessReport.parse((await api('rotation/readiness')).body)
    const onExpiring = report.rows.filter((row) => row.certificateId === expiring)
    expect(onExpiring.map((row) => row.userId)).toContain(user.id)
    const advance = await api('clock/advance', { method: 'POST', body: { to: '2027-03-01' } })
    expect(advance.body.summary.usersMigrated).toBe(onExpiring.length)
    expect((await userNamed('ARCHIVE-LEGACY', 'BTP_ARCHIVE_MTLS')).clientCertificateId).toBe(
      clientDefault,
    )
    const events = await api('events?systemId=ARCHIVE-LEGACY&actor=SAP')
    expect(eventsPage.parse(events.body).items).toEqual([
      expect.objectContaining({
        date: '2027-03-01',
        objectId: user.id,
        field: 'Client Certificate',
        oldValue: expiring,
        newValue: clientDefault,
      }),
    ])
  })

  it('switched to Client Secret, drops the certificate and is no longer certificate-based', async () => {
    const user = await userNamed('MDG-HUB', 'BTP_MDG_REPLICATION')
    expect(user).toMatchObject({ ...mtls, clientCertificateId: expiring })
    const { status, body } = await api(`${users('MDG-HUB')}/${user.id}`, {
      method: 'PATCH',
      headers: { 'If-Match': '*' },
      body: { clientAuthentication: 'Client Secret' },
    })
    expect(status).toBe(200)
    const changed = communicationSystem.parse(body).outboundUsers[0]
    expect(changed).toEqual({
      id: user.id,
      userName: 'BTP_MDG_REPLICATION',
      authenticationMethod: 'OAuth 2.0',
      clientAuthentication: 'Client Secret',
    })
    const check = await api(`${users('MDG-HUB')}/${user.id}/check-connection`, { method: 'POST' })
    expect(check.status).toBe(409)
    expect(check.body.error.code).toBe('NotCertificateBased')
    expect(check.body.error.message).toMatch(/client authentication "Client Secret"/)
    const back = await api(`${users('MDG-HUB')}/${user.id}`, {
      method: 'PATCH',
      headers: { 'If-Match': '*' },
      body: { clientAuthentication: 'mTLS' },
    })
    expect(back.status).toBe(400)
    expect(back.body.error.details[0].field).toBe('clientCertificateId')
  })
})
