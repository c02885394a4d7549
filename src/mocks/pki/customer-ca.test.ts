import { beforeAll, describe, expect, it } from 'vitest'
import { createCustomerCa, restoreCustomerCa, signRequest, type CustomerCa } from './customer-ca'
import { createSigningRequest, type SigningRequest } from './signing-request'
import { acceptSignedCertificate } from './signed-certificate'
import { fields, openssl, opensslLine, readTemp, tempFile } from './openssl.test-helper'
import { pemToDer } from './pem-to-der'

const today = '2027-03-01'
// openssl verify checks at the machine's clock unless told the (simulated) instant.
const atToday = String(Date.parse(`${today}T12:00:00Z`) / 1000)
const utf8 = (text: string) => new TextEncoder().encode(text)

let ca: CustomerCa
let request: SigningRequest

beforeAll(async () => {
  ;[ca, request] = await Promise.all([
    createCustomerCa(today),
    createSigningRequest({
      CN: 'abc-123.example.com',
      OU: 'Integration',
      O: 'Example Customer',
      C: 'DE',
    }),
  ])
  tempFile('customer-root.pem', ca.record.root.pem)
  opensslLine(
    'req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ec.key -out ec.csr -subj /CN=ec.example.com',
  )
})

describe('createCustomerCa', () => {
  it('makes a self-signed root CA valid from the simulated day for 20 years, key kept non-extractable', () => {
    expect(ca.record.root.material).toMatchObject({
      subject: { text: 'CN=Customer Root CA (simulated), O=Example Customer' },
      validFrom: today,
      validTo: '2047-03-01',
      isCa: true,
    })
    expect(ca.signingKey.extractable).toBe(false)
    expect(JSON.stringify(ca.record)).not.toMatch(/PRIVATE KEY/)
    const text = openssl('x509', '-in', 'customer-root.pem', '-noout', '-text')
    expect(text).toMatch(/CA:TRUE, pathlen:0/)
    expect(text).toMatch(/Certificate Sign, CRL Sign/)
  })

  it('restores from JSON and a structured-clone key, and refuses a key of another CA', async () => {
    const restored = await restoreCustomerCa(
      JSON.parse(JSON.stringify(ca.record)),
      structuredClone(ca.signingKey),
    )
    const signed = await signRequest(restored, utf8(request.csrPem), today)
    expect(signed.ok).toBe(true)
    const other = await createCustomerCa(today)
    await expect(restoreCustomerCa(ca.record, other.signingKey)).rejects.toThrow(/does not belong/)
  })
})

describe('signRequest', () => {
  it('issues a client certificate that openssl verifies against the root', async () => {
    const signed = await signRequest(ca, utf8(request.csrPem), today)
    if (!signed.ok) throw new Error(signed.reason)
    const leaf = tempFile('customer-leaf.pem', signed.certificatePem)
    expect(
      openssl(
        'verify',
        '-attime',
        atToday,
        '-purpose',
        'sslclient',
        '-CAfile',
        'customer-root.pem',
        leaf,
      ).trim(),
    ).toBe(`${leaf}: OK`)
    expect(signed.chainPem).toBe(signed.certificatePem + ca.record.root.pem)
    const text = openssl('x509', '-in', leaf, '-noout', '-text')
    expect(text).toMatch(/CA:FALSE/)
    expect(text).toMatch(/TLS Web Client Authentication/)
    expect(text).toMatch(/Digital Signature, Key Encipherment/)
  })

  it('is valid from the simulated day for two years, with the subject of the request', async () => {
    const signed = await signRequest(ca, pemToDer(request.csrPem), today)
    if (!signed.ok) throw new Error(signed.reason)
    const leaf = tempFile('customer-leaf-dates.pem', signed.certificatePem)
    const out = fields(
      openssl(
        'x509',
        '-in',
        leaf,
        '-noout',
        '-dates',
        '-dateopt',
        'iso_8601',
        '-subject',
        '-issuer',
        '-nameopt',
        'RFC2253',
      ),
    )
    expect(out).toMatchObject({
      notBefore: '2027-03-01 00:00:00Z',
      notAfter: '2029-03-01 23:59:59Z',
      subject: 'CN=abc-123.example.com,OU=Integration,O=Example Customer,C=DE',
      issuer: 'CN=Customer Root CA (simulated),O=Example Customer',
    })
    expect(signed.certificate.subject.text).toBe(request.subject)
  })

  it('round-trips through acceptSignedCertificate: the leaf for the request, the root as its chain', async () => {
    const signed = await signRequest(ca, utf8(request.csrPem), today)
    if (!signed.ok) throw new Error(signed.reason)
    const accepted = await acceptSignedCertificate(
      utf8(signed.chainPem),
      request.publicKeySha256,
      today,
    )
    if (!accepted.ok) throw new Error(accepted.reason)
    expect(accepted.certificate.fingerprintSha256).toBe(signed.certificate.fingerprintSha256)
    expect(accepted.chain.map((c) => c.fingerprintSha256)).toEqual([
      ca.record.root.material.fingerprintSha256,
    ])
    // Another request's key is told apart.
    const other = await createSigningRequest({ CN: 'abc-123.example.com' })
    expect(
      await acceptSignedCertificate(utf8(signed.chainPem), other.publicKeySha256, today),
    ).toMatchObject({ code: 'wrong-key' })
  })

  it('signs an openssl EC request written with the old "NEW CERTIFICATE REQUEST" label, digitalSignature only', async () => {
    const old = new TextDecoder()
      .decode(readTemp('ec.csr'))
      .replace(/CERTIFICATE REQUEST/g, 'NEW CERTIFICATE REQUEST')
    const signed = await signRequest(ca, utf8(old), today)
    if (!signed.ok) throw new Error(signed.reason)
    const text = openssl(
      'x509',
      '-in',
      tempFile('customer-ec.pem', signed.certificatePem),
      '-noout',
      '-text',
    )
    expect(text).toMatch(/Key Usage: critical\s+Digital Signature\n/)
    expect(signed.certificate.publicKeyAlgorithm).toBe('EC P-256')
  })

  it('refuses a request changed after it was signed', async () => {
    const der = pemToDer(request.csrPem)
    const at = Buffer.from(der).indexOf('abc-123')
    const tampered = new Uint8Array(der)
    tampered[at] = 'x'.charCodeAt(0)
    expect(await signRequest(ca, tampered, today)).toMatchObject({
      ok: false,
      code: 'request-signature-invalid',
    })
  })

  it('refuses a certificate, a private key, garbage and an empty file', async () => {
    expect(await signRequest(ca, utf8(ca.record.root.pem), today)).toMatchObject({
      code: 'certificate-not-request',
    })
    expect(await signRequest(ca, readTemp('ec.key'), today)).toMatchObject({ code: 'private-key' })
    opensslLine('pkey -in ec.key -outform DER -out ec.key.der')
    expect(await signRequest(ca, readTemp('ec.key.der'), today)).toMatchObject({
      code: 'private-key',
    })
    expect(await signRequest(ca, utf8('please sign me'), today)).toMatchObject({
      code: 'not-a-request',
    })
    expect(await signRequest(ca, crypto.getRandomValues(new Uint8Array(500)), today)).toMatchObject(
      { ok: false },
    )
    expect(await signRequest(ca, new Uint8Array(), today)).toMatchObject({ code: 'empty' })
    const cut = request.csrPem.slice(0, 200) + '\n-----END CERTIFICATE REQUEST-----\n'
    expect(await signRequest(ca, utf8(cut), today)).toMatchObject({ code: 'malformed-request' })
  })

  it('never signs past its own end, and refuses outside its validity', async () => {
    const signed = await signRequest(ca, utf8(request.csrPem), '2046-06-01')
    expect(signed.ok && signed.certificate.validTo).toBe('2047-03-01')
    expect(await signRequest(ca, utf8(request.csrPem), '2047-03-02')).toMatchObject({
      code: 'ca-not-valid',
      reason: expect.stringContaining(
        'valid from 2027-03-01 to 2047-03-01; the simulated day is 2047-03-02',
      ),
    })
  })
})
