import { beforeAll, describe, expect, it } from 'vitest'
import { createSigningRequest, type SigningRequest } from './signing-request'
import { acceptSignedCertificate } from './signed-certificate'
import { openssl, opensslLine, readTemp, tempFile } from './openssl.test-helper'
import { addDays, makeOpensslCa, opensslFacts, opensslSign } from './signed-certificate.test-helper'

let request: SigningRequest
let leafPem: string
let leaf: ReturnType<typeof opensslFacts>
const utf8 = (text: string) => new TextEncoder().encode(text)
const file = (name: string) => new TextDecoder().decode(readTemp(name))

beforeAll(async () => {
  request = await createSigningRequest({ CN: 'abc-123.example.com', O: 'Example Corp', C: 'US' })
  tempFile('request.csr', request.csrPem)
  makeOpensslCa('corp', 'Example Corp')
  makeOpensslCa('other', 'Other Corp')
  leafPem = opensslSign('request.csr', 'corp-issuing', 'leaf.pem')
  leaf = opensslFacts('leaf.pem')
  // Someone else's key and certificate from the same CA.
  opensslLine(
    'req -new -newkey rsa:2048 -nodes -keyout stranger.key -out stranger.csr -subj /CN=abc-123.example.com',
  )
  opensslSign('stranger.csr', 'corp-issuing', 'stranger.pem')
})

const accept = (upload: Uint8Array | string, today = leaf.validFrom) =>
  acceptSignedCertificate(
    typeof upload === 'string' ? utf8(upload) : upload,
    request.publicKeySha256,
    today,
  )

describe('acceptSignedCertificate', () => {
  it('accepts the certificate openssl issued for the request, with the fields openssl reads', async () => {
    const result = await accept(leafPem)
    if (!result.ok) throw new Error(result.reason)
    expect(result.certificate).toMatchObject({
      serialNumber: leaf.serial,
      fingerprintSha256: leaf.fingerprintSha256,
      validFrom: leaf.validFrom,
      validTo: leaf.validTo,
      isCa: false,
    })
    expect(result.certificate.issuer.text.replace(/, /g, ',')).toBe(leaf.issuer)
    expect(result.certificate.subject.text).toBe(request.subject)
    expect(result.chain).toEqual([])
    // The last day of validity still counts (inclusive, as the domain's trust check).
    expect((await accept(leafPem, leaf.validTo)).ok).toBe(true)
  })

  it('accepts the chain in any order and returns it issuing CA first, root last', async () => {
    const bundle = [file('corp.pem'), leafPem, file('corp-issuing.pem')].join('')
    const result = await accept(bundle)
    if (!result.ok) throw new Error(result.reason)
    expect(result.certificate.fingerprintSha256).toBe(leaf.fingerprintSha256)
    expect(result.chain.map((c) => c.fingerprintSha256)).toEqual([
      opensslFacts('corp-issuing.pem').fingerprintSha256,
      opensslFacts('corp.pem').fingerprintSha256,
    ])
  })

  it('accepts a DER PKCS #7 bundle made by openssl crl2pkcs7', async () => {
    opensslLine(
      'crl2pkcs7 -nocrl -certfile corp-issuing.pem -certfile leaf.pem -outform DER -out bundle.p7b',
    )
    const result = await accept(readTemp('bundle.p7b'))
    if (!result.ok) throw new Error(result.reason)
    expect(result.certificate.serialNumber).toBe(leaf.serial)
    expect(result.chain.map((c) => c.subject.CN)).toEqual(['Example Corp Issuing CA'])
  })

  it('accepts DER and Base-64 of the leaf', async () => {
    openssl('x509', '-in', 'leaf.pem', '-outform', 'DER', '-out', 'leaf.der')
    const der = readTemp('leaf.der')
    expect((await accept(der)).ok).toBe(true)
    expect((await accept(Buffer.from(der).toString('base64'))).ok).toBe(true)
  })

  it('refuses a certificate openssl signed for another key', async () => {
    const result = await accept(file('stranger.pem'))
    expect(result).toMatchObject({ ok: false, code: 'wrong-key' })
    expect(!result.ok && result.reason).toMatch(
      /^The certificate \("CN=abc-123.example.com", serial [0-9A-F]+\) was issued for a different key than this signing request's; upload the certificate the CA issued for this request\.$/,
    )
  })

  it('refuses it expired or not yet valid on the simulated day, naming the dates', async () => {
    const after = addDays(leaf.validTo, 1)
    expect(await accept(leafPem, after)).toEqual({
      ok: false,
      code: 'expired',
      reason: `The certificate expired on ${leaf.validTo}; the simulated day is ${after}. Ask the CA for a new certificate.`,
    })
    const before = addDays(leaf.validFrom, -1)
    const early = await accept(leafPem, before)
    expect(early).toMatchObject({ ok: false, code: 'not-yet-valid' })
    expect(!early.ok && early.reason).toContain(
      `valid only from ${leaf.validFrom}; the simulated day is ${before}`,
    )
  })

  it('refuses a CA certificate alone, and the request signed as a CA', async () => {
    expect(await accept(file('corp-issuing.pem'))).toMatchObject({
      ok: false,
      code: 'ca-certificate',
    })
    const asCa = opensslSign('request.csr', 'corp-issuing', 'as-ca.pem', 'ca')
    const result = await accept(asCa)
    expect(result).toMatchObject({ ok: false, code: 'ca-certificate' })
    expect(!result.ok && result.reason).toContain('"CN=abc-123.example.com, O=Example Corp, C=US"')
  })

  it('refuses a chain that does not link: a stray CA, or a look-alike issuer with another key', async () => {
    const stray = await accept(leafPem + file('other.pem'))
    expect(stray).toMatchObject({ ok: false, code: 'chain-does-not-link' })
    expect(!stray.ok && stray.reason).toContain('"CN=Other Corp Root CA, O=Other Corp"')
    opensslLine(
      'req -x509 -newkey rsa:2048 -nodes -keyout fake.key -out fake-issuing.pem -days 365 -addext basicConstraints=critical,CA:TRUE -subj',
      '/O=Example Corp/CN=Example Corp Issuing CA',
    )
    const lookAlike = await accept(leafPem + file('fake-issuing.pem'))
    expect(lookAlike).toMatchObject({ ok: false, code: 'chain-signature-invalid' })
    expect(!lookAlike.ok && lookAlike.reason).toContain(
      '"CN=Example Corp Issuing CA, O=Example Corp"',
    )
  })

  it('refuses two certificates for the key of one request in one file', async () => {
    const again = opensslSign('request.csr', 'corp-issuing', 'leaf-again.pem')
    expect(await accept(leafPem + again)).toMatchObject({
      ok: false,
      code: 'several-certificates-for-key',
      reason: expect.stringContaining('holds 2 different certificates'),
    })
  })

  it('refuses a private key, a PKCS #12 file, the request itself and garbage', async () => {
    expect(await accept(file('stranger.key'))).toMatchObject({ ok: false, code: 'private-key' })
    opensslLine(
      'pkcs12 -export -inkey stranger.key -in stranger.pem -passout pass:x -out stranger.p12',
    )
    expect(await accept(readTemp('stranger.p12'))).toMatchObject({ ok: false, code: 'private-key' })
    expect(await accept(request.csrPem)).toMatchObject({ ok: false, code: 'certificate-request' })
    expect(await accept('hello, this is not a certificate')).toMatchObject({
      ok: false,
      code: 'unrecognized',
    })
    expect(await accept(crypto.getRandomValues(new Uint8Array(300)))).toMatchObject({ ok: false })
    expect(await accept(new Uint8Array())).toMatchObject({ ok: false, code: 'empty' })
  })

  it('takes the expected key fingerprint in either case, with or without colons', async () => {
    const colons = request.publicKeySha256.toUpperCase().match(/../g)?.join(':') ?? ''
    expect((await acceptSignedCertificate(utf8(leafPem), colons, leaf.validFrom)).ok).toBe(true)
  })
})
