import { beforeEach, describe, expect, it } from 'vitest'
import { clientCertificate } from '../../api/contracts/client-certificates'
import { readinessReport } from '../../api/contracts/rotation'
import { api, resetTo, startApiServer } from '../testing/api-server'

startApiServer()

beforeEach(() => resetTo('halfway'))

const subject = { CN: 'edi-client.example.com', O: 'Example Corp', OU: 'B2B', C: 'US' }

async function create(description = 'EDI client 2027') {
  const created = await api('client-certificates', {
    method: 'POST',
    body: { description, subject },
  })
  expect(created.status).toBe(201)
  return created
}

const text = (body: ArrayBuffer) => new TextDecoder().decode(body)

/** Create → request → signed by the customer CA → uploaded: the entry, Valid. */
async function signedEntry() {
  const { body } = await create()
  const csr = await api(`client-certificates/${body.id}/signing-request`)
  const signed = await api('customer-ca/sign', { method: 'POST', body: new Uint8Array(csr.body) })
  expect(signed.status).toBe(200)
  const uploaded = await api(`client-certificates/${body.id}/signed-certificate`, {
    method: 'POST',
    body: new Uint8Array(signed.body),
  })
  expect(uploaded.status).toBe(200)
  return { id: body.id as string, uploaded, signedPem: text(signed.body) }
}

async function setCategory(id: string, category: string) {
  const etag = (await api(`client-certificates/${id}`)).headers.get('ETag')!
  return api(`client-certificates/${id}`, {
    method: 'PATCH',
    headers: { 'If-Match': etag },
    body: { category },
  })
}

async function switchUser(systemId: string, userName: string, clientCertificateId: string) {
  const system = await api(`communication-systems/${systemId}`)
  const user = system.body.outboundUsers.find((u: { userName: string }) => u.userName === userName)
  return api(`communication-systems/${systemId}/outbound-users/${user.id}`, {
    method: 'PATCH',
    headers: { 'If-Match': system.headers.get('ETag')! },
    body: { clientCertificateId },
  })
}

describe('POST /api/client-certificates (Create)', () => {
  it('makes a signing request: 201, Signing Request Created, Not Assigned, the requested subject', async () => {
    const { body, headers } = await create()
    const entry = clientCertificate.parse(body)
    expect(headers.get('Location')).toBe(`/api/client-certificates/${entry.id}`)
    expect(headers.get('ETag')).toBe('"1"')
    expect(entry).toMatchObject({
      managedBy: 'Customer',
      status: 'SigningRequestCreated',
      category: 'Not Assigned',
      issuedTo: 'edi-client.example.com',
      subject: { CN: 'edi-client.example.com', O: 'Example Corp', C: 'US' },
      pendingRequest: { requestedOn: '2027-02-14' },
      usability: { usable: false, reason: 'no-certificate-yet' },
    })
    expect(entry.validFrom).toBeUndefined()
    expect(entry.fingerprintSha256).toBeUndefined()
    const list = await api('client-certificates?status=SigningRequestCreated')
    expect(list.body.items.map((row: { id: string }) => row.id)).toEqual([entry.id])
  })

  it('refuses a missing CN, a bad country and a missing description, field by field', async () => {
    const bad = await api('client-certificates', {
      method: 'POST',
      body: { description: 'x', subject: { CN: ' ', C: 'USA' } },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'subject.C',
      'subject.CN',
    ])
    const noDescription = await api('client-certificates', { method: 'POST', body: { subject } })
    expect(noDescription.body.error.details[0].field).toBe('description')
  })
})

describe('GET /api/client-certificates/:id/signing-request', () => {
  it('downloads the PKCS #10 request as a .pem file; 409 without a pending request, 404 unknown', async () => {
    const { body } = await create()
    const csr = await api(`client-certificates/${body.id}/signing-request`)
    expect(csr.status).toBe(200)
    expect(csr.headers.get('Content-Type')).toBe('application/pkcs10')
    expect(csr.headers.get('Content-Disposition')).toContain('.csr.pem')
    expect(text(csr.body)).toMatch(/^-----BEGIN CERTIFICATE REQUEST-----/)
    const none = await api('client-certificates/customer-1/signing-request')
    expect(none.status).toBe(409)
    expect(none.body.error.code).toBe('NoSigningRequest')
    expect((await api('client-certificates/nope/signing-request')).status).toBe(404)
  })
})

describe('POST /api/client-certificates/:id/signed-certificate', () => {
  it('takes the certificate the customer CA signed: Valid, with its real X.509 fields', async () => {
    const { uploaded } = await signedEntry()
    const entry = clientCertificate.parse(uploaded.body)
    expect(entry).toMatchObject({
      status: 'Valid',
      category: 'Not Assigned',
      issuedBy: 'Customer Root CA (simulated)',
      validFrom: '2027-02-14',
      validTo: '2029-02-14',
      subject: { CN: 'edi-client.example.com' },
      usability: { usable: false, reason: 'category-not-set' },
    })
    expect(entry.pendingRequest).toBeUndefined()
    expect(entry.fingerprintSha256).toMatch(/^[0-9A-F:]{95}$/)
    expect(entry.chain?.map((link) => link.subject)).toEqual([
      expect.stringContaining('Customer Root CA (simulated)'),
    ])
  })

  it('refuses a certificate for another key, garbage, and an entry without a request', async () => {
    const first = await create('first')
    const second = await create('second')
    const csr = await api(`client-certificates/${second.body.id}/signing-request`)
    const signed = await api('customer-ca/sign', { method: 'POST', body: new Uint8Array(csr.body) })
    const wrong = await api(`client-certificates/${first.body.id}/signed-certificate`, {
      method: 'POST',
      body: new Uint8Array(signed.body),
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body.error).toMatchObject({ code: 'UploadRejected', reason: 'wrong-key' })
    expect(wrong.body.error.details[0].field).toBe('file')
    const garbage = await api(`client-certificates/${first.body.id}/signed-certificate`, {
      method: 'POST',
      body: new TextEncoder().encode('not a certificate'),
    })
    expect(garbage.status).toBe(400)
    const none = await api('client-certificates/customer-1/signed-certificate', {
      method: 'POST',
      body: new Uint8Array(signed.body),
    })
    expect(none.status).toBe(409)
    expect(none.body.error.code).toBe('NoSigningRequest')
    const sap = await api('client-certificates/default-2027-02-01/signed-certificate', {
      method: 'POST',
      body: new Uint8Array(signed.body),
    })
    expect(sap.body.error.code).toBe('CertificateManagedBySap')
  })
})

describe('POST /api/client-certificates/:id/replace', () => {
  it('makes a new request for the same subject; the old certificate stays until the upload', async () => {
    const { id, uploaded } = await signedEntry()
    const oldFingerprint = uploaded.body.fingerprintSha256
    const replaced = await api(`client-certificates/${id}/replace`, { method: 'POST' })
    expect(replaced.status).toBe(200)
    expect(replaced.body).toMatchObject({
      status: 'Valid',
      fingerprintSha256: oldFingerprint,
      pendingRequest: { subject: expect.stringContaining('CN=edi-client.example.com') },
    })
    const csr = await api(`client-certificates/${id}/signing-request`)
    await api('clock/advance', { method: 'POST', body: { days: 1 } })
    const signed = await api('customer-ca/sign', { method: 'POST', body: new Uint8Array(csr.body) })
    const after = await api(`client-certificates/${id}/signed-certificate`, {
      method: 'POST',
      body: new Uint8Array(signed.body),
    })
    expect(after.body).toMatchObject({ id, validFrom: '2027-02-15' })
    expect(after.body.fingerprintSha256).not.toBe(oldFingerprint)
    const changes = await api('events?limit=10000')
    expect(JSON.stringify(changes.body)).toContain(`fingerprint ${oldFingerprint} became`)
  })

  it('refuses SAP’s certificates', async () => {
    const sap = await api('client-certificates/default-2027-02-01/replace', { method: 'POST' })
    expect(sap.status).toBe(409)
    expect(sap.body.error.code).toBe('CertificateManagedBySap')
  })
})

describe('PATCH /api/client-certificates/:id', () => {
  it('needs If-Match, answers 412 on a stale ETag, sets the category with the next ETag', async () => {
    const { id, uploaded } = await signedEntry()
    const noEtag = await api(`client-certificates/${id}`, { method: 'PATCH', body: {} })
    expect(noEtag.status).toBe(428)
    const ok = await api(`client-certificates/${id}`, {
      method: 'PATCH',
      headers: { 'If-Match': uploaded.headers.get('ETag')! },
      body: { category: 'Client Default for ABAP on BTP', description: 'EDI 2027' },
    })
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({
      category: 'Client Default for ABAP on BTP',
      usability: { usable: true },
    })
    const stale = await api(`client-certificates/${id}`, {
      method: 'PATCH',
      headers: { 'If-Match': uploaded.headers.get('ETag')! },
      body: { description: 'Again' },
    })
    expect(stale.status).toBe(412)
    expect(stale.body.error.code).toBe('VersionConflict')
    // The refusal names the current ETag, so the client can reload and decide.
    expect(stale.headers.get('ETag')).toBe(ok.headers.get('ETag'))
    const bad = await setCategory(id, 'Whatever')
    expect(bad.status).toBe(400)
    expect(bad.body.error.details[0].field).toBe('category')
  })

  it('refuses the category on a request alone, and any edit of SAP’s certificates', async () => {
    const { body } = await create()
    const early = await setCategory(body.id, 'Client Default for ABAP on BTP')
    expect(early.status).toBe(409)
    expect(early.body.error.code).toBe('NoCertificateYet')
    const sap = await setCategory('default-2027-02-01', 'Not Assigned')
    expect(sap.body.error.code).toBe('CertificateManagedBySap')
  })
})

describe('POST /api/client-certificates/pkcs12', () => {
  it('refuses a body that is not Base-64 with a field-level reason', async () => {
    const bad = await api('client-certificates/pkcs12', {
      method: 'POST',
      body: { file: '***', password: 'x', description: 'p12' },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.error.details[0].field).toBe('file')
  })
})

describe('the customer certificate rehearsed end to end', () => {
  it('switch a user, trust the customer root, two rotations untouched; delete only once unused', async () => {
    const { id } = await signedEntry()
    const notYet = await switchUser('EDI-GATEWAY', 'BTP_EDI_DESADV', id)
    expect(notYet.status).toBe(409)
    expect(notYet.body.error).toMatchObject({ code: 'CertificateNotUsable' })
    expect(notYet.body.error.message).toContain('Certificate Category Not Assigned')
    expect((await setCategory(id, 'Client Default for ABAP on BTP')).status).toBe(200)
    expect((await switchUser('EDI-GATEWAY', 'BTP_EDI_DESADV', id)).status).toBe(200)

    // The EDI gateway pins certificates: it is told to trust issuers, and given the customer root.
    const patched = await api('external-systems/edi.example.com', {
      method: 'PATCH',
      body: { trustMode: 'TrustedIssuer' },
    })
    expect(patched.status).toBe(200)
    const root = await api('customer-ca/certificate')
    expect(root.headers.get('Content-Type')).toBe('application/x-pem-file')
    const trusted = await api('external-systems/edi.example.com/trusted-certificates', {
      method: 'POST',
      body: new Uint8Array(root.body),
    })
    expect(trusted.status).toBe(200)

    const system = await api('communication-systems/EDI-GATEWAY')
    const user = system.body.outboundUsers.find(
      (u: { userName: string }) => u.userName === 'BTP_EDI_DESADV',
    )
    const check = () =>
      api(`communication-systems/EDI-GATEWAY/outbound-users/${user.id}/check-connection`, {
        method: 'POST',
      })
    expect((await check()).body).toMatchObject({ status: 200, reason: 'issuer-trusted' })

    const before = (await api(`client-certificates/${id}`)).body
    for (const to of ['2027-03-01', '2027-09-15']) {
      const moved = await api('clock/advance', { method: 'POST', body: { to } })
      expect(moved.status).toBe(200)
    }
    const after = (await api(`client-certificates/${id}`)).body
    expect(after).toMatchObject({
      fingerprintSha256: before.fingerprintSha256,
      category: before.category,
      status: 'Valid',
    })
    const again = (await api('communication-systems/EDI-GATEWAY')).body.outboundUsers.find(
      (u: { id: string }) => u.id === user.id,
    )
    expect(again.clientCertificateId).toBe(id)
    expect((await check()).body).toMatchObject({ status: 200 })
    const rows = readinessReport.parse((await api('rotation/readiness')).body).rows
    expect(rows.find((row) => row.userId === user.id)).toMatchObject({
      readiness: 'Not affected',
      afterRotation: { migrated: false },
    })

    const inUse = await api(`client-certificates/${id}`, { method: 'DELETE' })
    expect(inUse.status).toBe(409)
    expect(inUse.body.error.code).toBe('CertificateInUse')
    expect(inUse.body.error.message).toContain('EDI-GATEWAY/BTP_EDI_DESADV')
    const current = (await api('client-certificates?managedBy=SAP')).body.items.find(
      (row: { role: string }) => row.role === 'Client Default',
    )
    expect((await switchUser('EDI-GATEWAY', 'BTP_EDI_DESADV', current.id)).status).toBe(200)
    expect((await api(`client-certificates/${id}`, { method: 'DELETE' })).status).toBe(204)
    expect((await api(`client-certificates/${id}`)).status).toBe(410)
  }, 30_000)

  it('deletes a request alone; SAP’s certificates never (409 with the reason)', async () => {
    const { body } = await create()
    expect((await api(`client-certificates/${body.id}`, { method: 'DELETE' })).status).toBe(204)
    const sap = await api('client-certificates/default-2027-02-01', { method: 'DELETE' })
    expect(sap.status).toBe(409)
    expect(sap.body.error.code).toBe('CertificateManagedBySap')
  })
})
