import { beforeEach, describe, expect, it } from 'vitest'
import { communicationSystem } from '../../api/contracts/communication-systems'
import { eventsPage } from '../../api/contracts/events'
import { externalSystem, externalSystemList } from '../../api/contracts/external-systems'
import { api, resetTo, startApiServer } from '../testing/api-server'
import { sapCaFiles } from '../testing/sap-chain'

const { backend } = startApiServer()

// Host names compare case-insensitively (RFC 4343); the stored and shown form is lower case.

const mixed = 'S4H-FIN.Example.com'

async function externalHosts() {
  return externalSystemList.parse((await api('external-systems')).body).items.map((e) => e.host)
}

beforeEach(() => resetTo('halfway'), 30_000)

describe('an external system addressed in mixed case', () => {
  it('GET answers the lower-case system', async () => {
    const { status, body } = await api(`external-systems/${mixed}`)
    expect(status).toBe(200)
    expect(externalSystem.parse(body)).toMatchObject({
      host: 's4h-fin.example.com',
      systems: [{ systemId: 'S4H-FIN-PRD' }],
    })
  })

  it('PATCH changes it and records the lower-case host', async () => {
    const { status, body } = await api(`external-systems/${mixed}`, {
      method: 'PATCH',
      body: { name: 'Finance gateway', rejectionCode: 403 },
    })
    expect(status).toBe(200)
    expect(body).toMatchObject({ host: 's4h-fin.example.com', name: 'Finance gateway' })
    expect((await api('external-systems/s4h-fin.example.com')).body.rejectionCode).toBe(403)
    const page = eventsPage.parse((await api('events?category=External%20System&limit=2')).body)
    for (const record of page.items) {
      expect(record.objectId).toBe('s4h-fin.example.com')
      expect(record.message).toContain('s4h-fin.example.com')
    }
  })

  it('uploads to and removes from its trust store', async () => {
    const sap = await sapCaFiles(backend)
    const path = `external-systems/MDG.EXAMPLE.COM/trusted-certificates`
    const upload = await api(path, { method: 'POST', body: sap.root })
    expect(upload.status).toBe(200)
    expect(upload.body.externalSystem.host).toBe('mdg.example.com')
    const removed = await api(`${path}/${sap.rootFingerprint}`, { method: 'DELETE' })
    expect(removed.status).toBe(200)
    expect(removed.body.trustStore).toHaveLength(1)
    const page = eventsPage.parse((await api('events?category=External%20System&limit=2')).body)
    expect(page.items.map((record) => record.objectId)).toEqual([
      'mdg.example.com',
      'mdg.example.com',
    ])
    const refused = await api('external-systems/EBICS.Bank.Example.com/trusted-certificates', {
      method: 'POST',
      body: sap.root,
    })
    expect(refused.status).toBe(400)
    expect(refused.body.error.message).toContain('ebics.bank.example.com pins client certificates')
  })
})

describe('a communication system with a mixed-case Host Name', () => {
  it('stores it in lower case and shares the external system that exists', async () => {
    const hosts = await externalHosts()
    const { status, body } = await api('communication-systems', {
      method: 'POST',
      body: {
        systemId: 'EDI-SECOND',
        systemName: 'Second EDI channel',
        hostName: 'EDI.Example.COM',
        outboundUsers: [
          {
            userName: 'BTP_EDI_INVOIC',
            authenticationMethod: 'SSL Client Certificate',
            clientCertificateId: 'customer-1',
          },
        ],
      },
    })
    expect(status).toBe(201)
    const created = communicationSystem.parse(body)
    expect(created.hostName).toBe('edi.example.com')
    // The EDI gateway already trusts the customer certificate: same external system, same answer.
    expect(created.outboundUsers[0]?.connection).toMatchObject({ status: 200 })
    expect(await externalHosts()).toEqual(hosts)
    const { body: edi } = await api('external-systems/edi.example.com')
    expect(edi.systems.map((s: { systemId: string }) => s.systemId)).toEqual([
      'EDI-GATEWAY',
      'EDI-SECOND',
    ])
  })

  it('PATCH of the Host Name in another spelling is no change: same version, same external system', async () => {
    const hosts = await externalHosts()
    const { headers } = await api('communication-systems/EDI-GATEWAY')
    const { status, body } = await api('communication-systems/EDI-GATEWAY', {
      method: 'PATCH',
      headers: { 'If-Match': headers.get('ETag')! },
      body: { hostName: 'Edi.Example.Com' },
    })
    expect(status).toBe(200)
    expect(body.hostName).toBe('edi.example.com')
    expect(`"${body.version}"`).toBe(headers.get('ETag'))
    expect(await externalHosts()).toEqual(hosts)
  })
})
