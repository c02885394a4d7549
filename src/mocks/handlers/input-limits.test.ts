import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { MAX_OUTBOUND_USERS_PER_SYSTEM } from '../../api/contracts/safe-text'
import { createCaChain } from '../pki/ca'
import { issueCertificate } from '../pki/issue-certificate'
import { api, resetTo, startApiServer } from '../testing/api-server'

// Issue 13, finding 8: input the API must refuse (or treat as the no-op it is).
const { announced } = startApiServer()

const systems = 'communication-systems'
const usersOf = (systemId: string) => `${systems}/${systemId}/outbound-users`
const newSystem = { systemId: 'NEW-SYS', systemName: 'New partner', hostName: 'new.example.com' }
const noneUsers = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ userName: `BTP_${i}`, authenticationMethod: 'None' }))

async function read(systemId: string) {
  const { headers, body } = await api(`${systems}/${systemId}`)
  return { etag: headers.get('ETag')!, system: body }
}

async function changeCount(systemId: string) {
  return (await api(`${systems}/${systemId}/changes`)).body.items.length as number
}

function fieldsOf(body: { error: { details: { field: string }[] } }) {
  return body.error.details.map((detail) => detail.field)
}

beforeEach(() => resetTo('halfway'))

describe('how many users one request may bring', () => {
  it('refuses 10,000 outbound users in one create request, and creates nothing', async () => {
    const { status, body } = await api(systems, {
      method: 'POST',
      body: { ...newSystem, outboundUsers: noneUsers(10_000) },
    })
    expect(status).toBe(400)
    expect(body.error.code).toBe('ValidationFailed')
    expect(fieldsOf(body)).toEqual(['outboundUsers'])
    expect((await api(`${systems}/NEW-SYS`)).status).toBe(404)
  })

  it(`accepts ${MAX_OUTBOUND_USERS_PER_SYSTEM} users, then refuses one more with 409 on outboundUsers`, async () => {
    const created = await api(systems, {
      method: 'POST',
      body: { ...newSystem, outboundUsers: noneUsers(MAX_OUTBOUND_USERS_PER_SYSTEM) },
    })
    expect(created.status).toBe(201)
    const before = announced.length
    const more = await api(usersOf('NEW-SYS'), {
      method: 'POST',
      headers: { 'If-Match': created.headers.get('ETag')! },
      body: { userName: 'ONE_TOO_MANY', authenticationMethod: 'None' },
    })
    expect(more.status).toBe(409)
    expect(more.body.error.code).toBe('TooManyOutboundUsers')
    expect(fieldsOf(more.body)).toEqual(['outboundUsers'])
    expect(announced.length).toBe(before)
    expect((await read('NEW-SYS')).system.outboundUsers).toHaveLength(MAX_OUTBOUND_USERS_PER_SYSTEM)
  })
})

describe('text that would spoof the audit log', () => {
  it.each([
    ['a right-to-left override', 'Payroll \u202eDE'],
    ['NUL', 'Payroll\u0000DE'],
    ['a newline', 'Payroll\nThe administrator deleted communication system S4H-FIN-PRD.'],
  ])('refuses %s in a System Name on create and on change, field systemName', async (_, name) => {
    const create = await api(systems, { method: 'POST', body: { ...newSystem, systemName: name } })
    expect(create.status).toBe(400)
    expect(fieldsOf(create.body)).toEqual(['systemName'])
    const change = await api(`${systems}/S4H-FIN-PRD`, {
      method: 'PATCH',
      headers: { 'If-Match': '*' },
      body: { systemName: name },
    })
    expect(change.status).toBe(400)
    expect(fieldsOf(change.body)).toEqual(['systemName'])
    expect(change.body.error.details[0].message).toMatch(/System Name .*U\+/)
  })

  it('refuses them in user names, contact information and external system names', async () => {
    const rlo = 'BTP\u202eNIF_PTB'
    const addUser = await api(usersOf('TAX-SERVICE'), {
      method: 'POST',
      headers: { 'If-Match': '*' },
      body: { userName: rlo, authenticationMethod: 'None' },
    })
    expect(addUser.status).toBe(400)
    expect(fieldsOf(addUser.body)).toEqual(['userName'])
    const inCreate = await api(systems, {
      method: 'POST',
      body: { ...newSystem, outboundUsers: [{ userName: rlo, authenticationMethod: 'None' }] },
    })
    expect(fieldsOf(inCreate.body)).toEqual(['outboundUsers.0.userName'])
    const contact = await api(`${systems}/S4H-FIN-PRD`, {
      method: 'PATCH',
      headers: { 'If-Match': '*' },
      body: { contactName: 'Ops\tcall 555' },
    })
    expect(fieldsOf(contact.body)).toEqual(['contactName'])
    const external = await api('external-systems/edi.example.com', {
      method: 'PATCH',
      body: { name: 'EDI \u2066partner\u2069' },
    })
    expect(external.status).toBe(400)
    expect(fieldsOf(external.body)).toEqual(['name'])
  })

  describe('an upload whose certificate names hold such characters', () => {
    let der: Uint8Array
    beforeAll(async () => {
      const ca = await createCaChain()
      const issued = await issueCertificate(ca, {
        subject: { CN: 'partner.example.com\u202e', O: 'Example\nCorp' },
        validFrom: '2027-01-01',
        validTo: '2028-01-01',
      })
      der = issued.der
    }, 30_000)

    it('is refused with reason unsafe-text, and trusts nothing', async () => {
      const before = (await api('external-systems/edi.example.com')).body.trustStore.length
      const { status, body } = await api('external-systems/edi.example.com/trusted-certificates', {
        method: 'POST',
        body: der,
      })
      expect(status).toBe(400)
      expect(body.error).toMatchObject({ code: 'UploadRejected', reason: 'unsafe-text' })
      expect(fieldsOf(body)).toEqual(['file'])
      expect(body.error.message).toMatch(/U\+202E/)
      expect((await api('external-systems/edi.example.com')).body.trustStore).toHaveLength(before)
    })
  })
})

describe('PATCH with nothing to change', () => {
  it('PATCH {} answers 200 with the same ETag, writes no revision and notifies nobody', async () => {
    const { etag, system } = await read('S4H-FIN-PRD')
    const records = await changeCount('S4H-FIN-PRD')
    const before = announced.length
    const { status, headers, body } = await api(`${systems}/S4H-FIN-PRD`, {
      method: 'PATCH',
      headers: { 'If-Match': etag },
      body: {},
    })
    expect(status).toBe(200)
    expect(headers.get('ETag')).toBe(etag)
    expect(body).toEqual(system)
    expect(announced.length).toBe(before)
    expect(await changeCount('S4H-FIN-PRD')).toBe(records)
  })

  it('so does a PATCH whose every field equals the stored value', async () => {
    const { etag, system } = await read('S4H-FIN-PRD')
    const before = announced.length
    const same = await api(`${systems}/S4H-FIN-PRD`, {
      method: 'PATCH',
      headers: { 'If-Match': etag },
      body: {
        systemName: system.systemName,
        contactName: system.contactName,
        email: system.email,
        logicalSystem: system.logicalSystem,
        cloudConnector: system.cloudConnector,
        hostName: system.hostName.toUpperCase(),
        port: system.port,
        inboundOnly: system.inboundOnly,
      },
    })
    expect(same.status).toBe(200)
    expect(same.headers.get('ETag')).toBe(etag)
    const user = system.outboundUsers[0]
    const sameUser = await api(`${usersOf('S4H-FIN-PRD')}/${user.id}`, {
      method: 'PATCH',
      headers: { 'If-Match': etag },
      body: { userName: user.userName, authenticationMethod: user.authenticationMethod },
    })
    expect(sameUser.status).toBe(200)
    expect(sameUser.headers.get('ETag')).toBe(etag)
    expect(announced.length).toBe(before)
  })

  it('a stale ETag is still a 412, even for a PATCH that changes nothing', async () => {
    const { etag } = await read('S4H-FIN-PRD')
    const stale = await api(`${systems}/S4H-FIN-PRD`, {
      method: 'PATCH',
      headers: { 'If-Match': `"${Number(etag.replaceAll('"', '')) - 1}"` },
      body: {},
    })
    expect(stale.status).toBe(412)
  })

  it('an external system PATCH {} answers 200 and notifies nobody', async () => {
    const { body: external } = await api('external-systems/edi.example.com')
    const before = announced.length
    const { status, body } = await api('external-systems/edi.example.com', {
      method: 'PATCH',
      body: {},
    })
    expect(status).toBe(200)
    expect(body).toEqual(external)
    expect(announced.length).toBe(before)
  })
})

describe('other writes that change nothing save nothing either', () => {
  it('advancing the clock by 0 days', async () => {
    const before = announced.length
    const { status, body } = await api('clock/advance', { method: 'POST', body: { days: 0 } })
    expect(status).toBe(200)
    expect(body.records).toEqual([])
    expect(announced.length).toBe(before)
  })

  it('uploading a certificate the trust store already holds', async () => {
    const pem = await api('client-certificates/default-2027-02-01/export?format=pem')
    const before = announced.length
    const { status, body } = await api('external-systems/ariba.example.net/trusted-certificates', {
      method: 'POST',
      body: new Uint8Array(pem.body as ArrayBuffer),
    })
    expect(status).toBe(200)
    expect(body.trusted).toHaveLength(1)
    expect(body.replaced).toEqual([])
    // The export above was a write of its own; the upload that repeats the store adds nothing.
    expect(announced.length).toBe(before)
  })
})

describe('an empty Host Name', () => {
  it('is a field error on hostName (400 ValidationFailed), not an engine refusal', async () => {
    const { status, body } = await api(`${systems}/S4H-FIN-PRD`, {
      method: 'PATCH',
      headers: { 'If-Match': '*' },
      body: { hostName: '' },
    })
    expect(status).toBe(400)
    expect(body.error.code).toBe('ValidationFailed')
    expect(body.error.details).toEqual([{ field: 'hostName', message: 'Enter a Host Name.' }])
  })
})
