import { beforeEach, describe, expect, it } from 'vitest'
import { eventsPage } from '../../api/contracts/events'
import { externalSystem, uploadResult } from '../../api/contracts/external-systems'
import { api, resetTo, startApiServer } from '../testing/api-server'
import { sapCaFiles } from '../testing/sap-chain'

const { backend } = startApiServer()

const trusted = (host: string) => `external-systems/${host}/trusted-certificates`

async function readinessOf(systemId: string) {
  return (await api(`communication-systems/${systemId}`)).body.outboundUsers[0].readiness
}

beforeEach(() => resetTo('halfway'), 30_000)

describe('PATCH /api/external-systems/:host { trustMode }', () => {
  it('sets the trust mode: the answer and GET show it, a change record names it', async () => {
    const { status, body } = await api('external-systems/ebics.bank.example.com', {
      method: 'PATCH',
      body: { trustMode: 'TrustedIssuer' },
    })
    expect(status).toBe(200)
    expect(externalSystem.parse(body).trustMode).toBe('TrustedIssuer')
    const { body: shown } = await api('external-systems/ebics.bank.example.com')
    expect(shown.trustMode).toBe('TrustedIssuer')
    const list = await api('external-systems?search=ebics')
    expect(list.body.items[0].trustMode).toBe('TrustedIssuer')
    const { items } = eventsPage.parse(
      (await api('events?category=External%20System&limit=1')).body,
    )
    expect(items[0]).toMatchObject({
      actor: 'Administrator',
      objectId: 'ebics.bank.example.com',
      field: 'Trust Mode',
      oldValue: 'PinnedCertificate',
      newValue: 'TrustedIssuer',
    })
  })

  it('refuses a trust mode it does not know with 400 on the field, changing nothing', async () => {
    const { status, body } = await api('external-systems/ebics.bank.example.com', {
      method: 'PATCH',
      body: { trustMode: 'TrustEverything' },
    })
    expect(status).toBe(400)
    expect(body.error.code).toBe('ValidationFailed')
    expect(body.error.details).toEqual([
      { field: 'trustMode', message: 'The trust mode is PinnedCertificate or TrustedIssuer.' },
    ])
    expect((await api('external-systems/ebics.bank.example.com')).body.trustMode).toBe(
      'PinnedCertificate',
    )
  })

  it('keeps the store when it pins again: the root stops counting, and counts again after', async () => {
    expect(await readinessOf('S4H-FIN-PRD')).toBe('Done')
    const { body } = await api('external-systems/s4h-fin.example.com')
    const leaf = body.trustStore.find((entry: { isCa: boolean }) => !entry.isCa).fingerprintSha256
    await api(`${trusted('s4h-fin.example.com')}/${leaf}`, { method: 'DELETE' })
    expect(await readinessOf('S4H-FIN-PRD')).toBe('Done') // the root alone is enough
    const pinning = await api('external-systems/s4h-fin.example.com', {
      method: 'PATCH',
      body: { trustMode: 'PinnedCertificate' },
    })
    expect(pinning.body.trustStore.map((entry: { isCa: boolean }) => entry.isCa)).toEqual([true])
    expect(await readinessOf('S4H-FIN-PRD')).toBe('Broken')
    await api('external-systems/s4h-fin.example.com', {
      method: 'PATCH',
      body: { trustMode: 'TrustedIssuer' },
    })
    expect(await readinessOf('S4H-FIN-PRD')).toBe('Done')
  })
})

describe('POST /api/external-systems/:host/trusted-certificates of SAP Cloud Root CA', () => {
  it('at a system that trusts issuers: trusted as a CA entry, and the hub is ready', async () => {
    expect(await readinessOf('MDG-HUB')).toBe('Upload pending')
    const sap = await sapCaFiles(backend)
    const { status, body } = await api(trusted('mdg.example.com'), {
      method: 'POST',
      body: sap.root,
    })
    expect(status).toBe(200)
    const result = uploadResult.parse(body)
    expect(result).toMatchObject({
      trusted: [sap.rootFingerprint],
      skippedCaCertificates: [],
      replaced: [],
    })
    const entry = result.externalSystem.trustStore.at(-1)!
    expect(entry).toMatchObject({ fingerprintSha256: sap.rootFingerprint, isCa: true })
    expect(entry.subject).toMatch(/SAP Cloud Root CA \(simulated\)/)
    expect(entry).not.toHaveProperty('matches') // not a certificate of Maintain Client Certificates
    // Still on Client Default Expiring, whose leaf the hub holds; the move to Client Default is now safe.
    expect(await readinessOf('MDG-HUB')).toBe('Switch pending')
  })

  it('the intermediate alone is a trust anchor as well', async () => {
    const sap = await sapCaFiles(backend)
    const { status } = await api(trusted('mdg.example.com'), { method: 'POST', body: sap.clientCa })
    expect(status).toBe(200)
    const { body } = await api('communication-systems/MDG-HUB')
    expect(body.outboundUsers[0].afterRotation).toMatchObject({
      status: 200,
      reason: 'issuer-trusted',
      detail: { subject: expect.stringMatching(/SAP PKI Certificate Service Client CA/) },
    })
  })

  it('at a system that pins certificates: 400 only-ca-certificates, naming the trust mode', async () => {
    const before = (await api('external-systems/ebics.bank.example.com')).body
    const sap = await sapCaFiles(backend)
    const { status, body } = await api(trusted('ebics.bank.example.com'), {
      method: 'POST',
      body: sap.root,
    })
    expect(status).toBe(400)
    expect(body.error).toMatchObject({ code: 'UploadRejected', reason: 'only-ca-certificates' })
    expect(body.error.details).toEqual([{ field: 'file', message: body.error.message }])
    expect(body.error.message).toMatch(/ebics\.bank\.example\.com pins client certificates/)
    expect(body.error.message).toMatch(/set its trust mode to Trusted Issuer/)
    expect((await api('external-systems/ebics.bank.example.com')).body).toEqual(before)
  })
})
