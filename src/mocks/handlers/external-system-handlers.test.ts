import { beforeEach, describe, expect, it } from 'vitest'
import {
  externalSystem,
  externalSystemList,
  uploadResult,
} from '../../api/contracts/external-systems'
import { pemToDer } from '../pki/pem-to-der'
import { encodePkcs7Certificates } from '../pki/pkcs7'
import { api, resetTo, startApiServer } from '../testing/api-server'
import { fileOf, sapCaFiles } from '../testing/sap-chain'

const { backend } = startApiServer()

const clientDefault = 'default-2027-02-01'
const trusted = (host: string) => `external-systems/${host}/trusted-certificates`

async function exported(id: string, format: 'pem' | 'der' | 'p7b') {
  const { status, body } = await api(`client-certificates/${id}/export?format=${format}`)
  expect(status).toBe(200)
  return new Uint8Array(body as ArrayBuffer)
}

async function upload(host: string, file: Uint8Array | string) {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file
  return api(trusted(host), { method: 'POST', body: bytes })
}

async function readinessOf(systemId: string) {
  return (await api(`communication-systems/${systemId}`)).body.outboundUsers[0].readiness
}

beforeEach(() => resetTo('halfway'))

describe('GET /api/external-systems', () => {
  it('lists every external system by host, with matches, the systems using it and the newest attempt', async () => {
    const { status, body } = await api('external-systems')
    expect(status).toBe(200)
    const items = externalSystemList.parse(body).items
    expect(items.map((item) => item.host)).toEqual(items.map((item) => item.host).sort())
    const ariba = items.find((item) => item.host === 'ariba.example.net')!
    expect(ariba).toMatchObject({ capacity: 'multiple', rejectionCode: 403, lastConnection: null })
    expect(ariba.systems).toEqual([{ systemId: 'ARIBA-PROC', systemName: 'Ariba Procurement' }])
    expect(ariba.trustStore.map((entry) => entry.matches?.description)).toEqual([
      'Client Default Expiring',
      'Client Default',
    ])
    const search = await api('external-systems?search=bank')
    expect(search.body.items.map((item: { host: string }) => item.host)).toEqual([
      'ebics.bank.example.com',
    ])
  })
})

describe('GET and PATCH /api/external-systems/:host', () => {
  it('answers one external system with its log newest first; 404 for an unknown host', async () => {
    const { body: system } = await api('communication-systems/S4H-FIN-PRD')
    for (const user of system.outboundUsers)
      await api(`communication-systems/S4H-FIN-PRD/outbound-users/${user.id}/check-connection`, {
        method: 'POST',
      })
    const { body } = await api('external-systems/s4h-fin.example.com')
    const parsed = externalSystem.parse(body)
    expect(parsed.connectionLog.map((entry) => entry.userName)).toEqual([
      'BTP_FIN_MASTERDATA',
      'BTP_FIN_POSTING',
    ])
    const unknown = await api('external-systems/nowhere.example.com')
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.code).toBe('UnknownExternalSystem')
  })

  it('changes capacity and rejection code; refuses bad values with field errors', async () => {
    const { status, body } = await api('external-systems/mdg.example.com', {
      method: 'PATCH',
      body: { rejectionCode: 403, capacity: 'single' },
    })
    expect(status).toBe(200)
    expect(body).toMatchObject({ rejectionCode: 403, capacity: 'single' })
    const bad = await api('external-systems/mdg.example.com', {
      method: 'PATCH',
      body: { rejectionCode: 500, capacity: 'some' },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'capacity',
      'rejectionCode',
    ])
    const unknown = await api('external-systems/nowhere.example.com', { method: 'PATCH', body: {} })
    expect(unknown.status).toBe(404)
  })
})

describe('POST /api/external-systems/:host/trusted-certificates', () => {
  it('trusts an uploaded PEM: the Broken user connects again', async () => {
    expect(await readinessOf('BANK-EBICS')).toBe('Broken')
    const { status, body } = await upload(
      'ebics.bank.example.com',
      await exported(clientDefault, 'pem'),
    )
    expect(status).toBe(200)
    const result = uploadResult.parse(body)
    expect(result.externalSystem.trustStore).toEqual([
      expect.objectContaining({
        matches: { id: clientDefault, description: 'Client Default', removed: false },
      }),
    ])
    expect(result.replaced).toHaveLength(1) // a one-certificate store: Client Default Expiring went
    expect(await readinessOf('BANK-EBICS')).toBe('Done')
  })

  it('replaces the one certificate of a single store: a user still on the old one breaks', async () => {
    expect(await readinessOf('SFSF-EC')).toBe('Upload pending')
    const { body } = await upload(
      'api.successfactors.example.com',
      await exported(clientDefault, 'der'),
    )
    expect(body.trusted).toHaveLength(1)
    expect(await readinessOf('SFSF-EC')).toBe('Broken')
  })

  // SAP's export holds the client certificate only; an administrator may still bundle the chain.
  it.each([
    ['a PEM', (leaf: string, cas: string[]) => fileOf([leaf, ...cas].join('\n'))],
    [
      'a .p7b',
      (leaf: string, cas: string[]) => encodePkcs7Certificates([leaf, ...cas].map(pemToDer)),
    ],
  ])(
    'takes %s of the leaf and its CAs at a pinning system: trusts the leaf, skips the CAs',
    async (_, bundle) => {
      const leaf = new TextDecoder().decode(await exported(clientDefault, 'pem'))
      const sap = await sapCaFiles(backend)
      const { status, body } = await upload(
        'payroll.example.de',
        bundle(leaf, [sap.clientCaPem, sap.rootPem]),
      )
      expect(status).toBe(200)
      const result = uploadResult.parse(body)
      expect(result.trusted).toHaveLength(1)
      expect(result.skippedCaCertificates).toEqual([sap.clientCaFingerprint, sap.rootFingerprint])
      const store = result.externalSystem.trustStore
      expect(store.map((entry) => [entry.matches?.id, entry.isCa])).toEqual([
        ['default-2026-08-01', false],
        [clientDefault, false],
      ])
    },
  )

  it.each([
    ['an empty file', '', 'empty'],
    [
      'a private key',
      '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n',
      'private-key',
    ],
    ['plain text', 'hello, this is not a certificate', 'unrecognized'],
  ])(
    'refuses %s with 400 and the precise reason on "file", changing nothing',
    async (_, file, reason) => {
      const before = (await api('external-systems/mdg.example.com')).body
      const { status, body } = await upload('mdg.example.com', file)
      expect(status).toBe(400)
      expect(body.error).toMatchObject({ code: 'UploadRejected', reason })
      expect(body.error.details[0].field).toBe('file')
      expect((await api('external-systems/mdg.example.com')).body).toEqual(before)
    },
  )

  it('refuses a file of CA certificates only at a pinning system, and a file that is too large', async () => {
    const before = (await api('external-systems/payroll.example.de')).body
    const sap = await sapCaFiles(backend)
    const caOnly = await upload('payroll.example.de', fileOf(`${sap.clientCaPem}\n${sap.rootPem}`))
    expect(caOnly.status).toBe(400)
    expect(caOnly.body.error).toMatchObject({
      code: 'UploadRejected',
      reason: 'only-ca-certificates',
    })
    expect(caOnly.body.error.message).toMatch(/only CA certificates \(2\)/)
    expect(caOnly.body.error.message).toMatch(/payroll\.example\.de pins client certificates/)
    expect((await api('external-systems/payroll.example.de')).body).toEqual(before)
    const tooLarge = await upload('mdg.example.com', new Uint8Array(1024 * 1024 + 1).fill(0x41))
    expect(tooLarge.status).toBe(400)
    expect(tooLarge.body.error.reason).toBe('too-large')
  })

  it('answers 404 for an unknown host', async () => {
    const { status } = await upload('nowhere.example.com', await exported(clientDefault, 'pem'))
    expect(status).toBe(404)
  })
})

describe('DELETE /api/external-systems/:host/trusted-certificates/:fingerprintSha256', () => {
  it('removes by fingerprint in any case, with or without colons', async () => {
    const { body } = await api('external-systems/ariba.example.net')
    expect(body.trustStore.map((entry: { matches?: { id: string } }) => entry.matches?.id)).toEqual(
      ['default-2026-08-01', clientDefault],
    )
    const fingerprint: string = body.trustStore[1].fingerprintSha256
    const compact = fingerprint.replaceAll(':', '').toLowerCase()
    const { status, body: after } = await api(`${trusted('ariba.example.net')}/${compact}`, {
      method: 'DELETE',
    })
    expect(status).toBe(200)
    expect(after.trustStore).toHaveLength(1)
    expect(await readinessOf('ARIBA-PROC')).toBe('Broken')
    const again = await api(`${trusted('ariba.example.net')}/${compact}`, { method: 'DELETE' })
    expect(again.status).toBe(404)
    expect(again.body.error.code).toBe('NotTrusted')
  })

  it('at a system that trusts SAP Cloud Root CA, only removing the root breaks the new certificate', async () => {
    const { body } = await api('external-systems/s4h-fin.example.com')
    const store = externalSystem.parse(body).trustStore
    expect(store.map((entry) => [entry.isCa, entry.matches?.id])).toEqual([
      [true, undefined],
      [false, clientDefault],
    ])
    const [root, leaf] = store.map((entry) => entry.fingerprintSha256)
    await api(`${trusted('s4h-fin.example.com')}/${leaf}`, { method: 'DELETE' })
    expect(await readinessOf('S4H-FIN-PRD')).toBe('Done') // still chains to the root
    await api(`${trusted('s4h-fin.example.com')}/${root}`, { method: 'DELETE' })
    expect(await readinessOf('S4H-FIN-PRD')).toBe('Broken')
  })

  it('refuses something that is not a SHA-256 fingerprint with 400', async () => {
    const { status, body } = await api(`${trusted('s4h-fin.example.com')}/ABCD`, {
      method: 'DELETE',
    })
    expect(status).toBe(400)
    expect(body.error.details[0].field).toBe('fingerprintSha256')
  })
})
