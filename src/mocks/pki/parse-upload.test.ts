import { beforeAll, describe, expect, it } from 'vitest'
import * as x509 from '@peculiar/x509'
import { createCaChain, type CaChain } from './ca'
import { abapSystemSubject, issueCertificate, type IssuedCertificate } from './issue-certificate'
import { exportCertificate } from './export-certificate'
import { encodePkcs7Certificates } from './pkcs7'
import { MAX_UPLOAD_BYTES, parseUpload, type UploadResult } from './parse-upload'
import { RSA_SHA256 } from './web-crypto'
import { openssl, readTemp } from './openssl.test-helper'

const text = (value: string) => new TextEncoder().encode(value)
let ca: CaChain
let leaf: IssuedCertificate
let foreign: Uint8Array // an openssl-made EC certificate of a partner
let crlDer: Uint8Array

beforeAll(async () => {
  ca = await createCaChain()
  leaf = await issueCertificate(ca, { subject: abapSystemSubject('abc-123.abap.eu10.hana.ondemand.com'), validFrom: '2027-02-01', validTo: '2028-02-01' })
  openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'ec.key')
  openssl('req', '-x509', '-new', '-key', 'ec.key', '-subj', '/C=US/O=Example Corp/CN=partner.example.com', '-days', '365', '-out', 'ec-cert.pem')
  openssl('pkey', '-in', 'ec.key', '-out', 'ec-pkcs8.pem')
  openssl('pkey', '-in', 'ec.key', '-outform', 'DER', '-out', 'ec-pkcs8.der')
  openssl('ec', '-in', 'ec.key', '-outform', 'DER', '-out', 'ec-sec1.der')
  openssl('pkcs8', '-topk8', '-in', 'ec.key', '-v2', 'aes-256-cbc', '-passout', 'pass:secret', '-out', 'enc.pem')
  openssl('pkcs8', '-topk8', '-in', 'ec.key', '-v2', 'aes-256-cbc', '-passout', 'pass:secret', '-outform', 'DER', '-out', 'enc.der')
  openssl('genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:1024', '-out', 'rsa.key')
  openssl('pkey', '-in', 'rsa.key', '-traditional', '-out', 'rsa-pkcs1.pem')
  openssl('pkey', '-in', 'rsa.key', '-traditional', '-outform', 'DER', '-out', 'rsa-pkcs1.der')
  openssl('pkcs12', '-export', '-inkey', 'ec.key', '-in', 'ec-cert.pem', '-passout', 'pass:secret', '-out', 'bundle.p12')
  openssl('req', '-new', '-key', 'ec.key', '-subj', '/CN=abc-123.example.com', '-out', 'req.pem')
  openssl('req', '-new', '-key', 'ec.key', '-subj', '/CN=abc-123.example.com', '-outform', 'DER', '-out', 'req.der')
  openssl('pkey', '-in', 'ec.key', '-pubout', '-out', 'pub.pem')
  openssl('pkey', '-in', 'ec.key', '-pubout', '-outform', 'DER', '-out', 'pub.der')
  openssl('crl2pkcs7', '-nocrl', '-certfile', 'ec-cert.pem', '-out', 'bundle-pem.p7b')
  foreign = readTemp('ec-cert.pem')
  const crl = await x509.X509CrlGenerator.create({
    issuer: ca.clientCaCertificate.subjectName,
    thisUpdate: new Date(Date.UTC(2027, 1, 1)),
    signingAlgorithm: RSA_SHA256,
    signingKey: ca.signingKey,
    entries: [{ serialNumber: '0a' }],
  })
  crlDer = new Uint8Array(crl.rawData)
})

function accepted(result: UploadResult) {
  if (!result.ok) throw new Error(`rejected: ${result.code} ${result.reason}`)
  return result
}

describe('parseUpload accepts', () => {
  it('a PEM certificate and reports what openssl would', async () => {
    const result = accepted(await parseUpload(text(leaf.record.pem)))
    expect(result.format).toBe('pem')
    expect(result.certificates).toHaveLength(1)
    const { pem, ...material } = result.certificates[0]!
    expect(material).toEqual(leaf.record.material)
    expect(pem).toBe(leaf.record.pem)
  })

  it('several PEM blocks with CRLF, a BOM and openssl -print_certs headers in between', async () => {
    const body = `\ufeffsubject=CN = leaf\r\n${leaf.record.pem.replace(/\n/g, '\r\n')}\r\nsubject=CN = ca\r\n${ca.record.clientCa.pem}`
    const result = accepted(await parseUpload(text(body)))
    expect(result.certificates.map((c) => c.subject.CN)).toEqual(['abc-123.abap.eu10.hana.ondemand.com', 'SAP Simulated Cloud Client CA'])
    expect(result.certificates.map((c) => c.isCa)).toEqual([false, true])
  })

  it('bare Base-64 without PEM lines (.crt as some tools write it)', async () => {
    const bare = leaf.record.pem.split('\n').filter((line) => !line.startsWith('-----')).join('\n')
    const result = accepted(await parseUpload(text(bare)))
    expect(result.format).toBe('base64')
    expect(result.certificates[0]?.fingerprintSha256).toBe(leaf.record.material.fingerprintSha256)
  })

  it('DER (.cer) and DER PKCS #7 (.p7b)', async () => {
    expect(accepted(await parseUpload(leaf.der)).format).toBe('der')
    const p7b = exportCertificate(leaf.record.pem, 'p7b', 'x', [ca.record.clientCa.pem, ca.record.root.pem]).body
    const result = accepted(await parseUpload(p7b as Uint8Array))
    expect(result.format).toBe('pkcs7')
    expect(result.certificates).toHaveLength(3)
  })

  it("PEM PKCS #7 ('BEGIN PKCS7') written by openssl crl2pkcs7", async () => {
    const body = readTemp('bundle-pem.p7b')
    expect(new TextDecoder().decode(body)).toContain('-----BEGIN PKCS7-----')
    const result = accepted(await parseUpload(body))
    expect(result.certificates[0]?.subject).toMatchObject({ CN: 'partner.example.com', O: 'Example Corp', C: 'US' })
  })

  it('a foreign EC certificate made by openssl', async () => {
    const [cert] = accepted(await parseUpload(foreign)).certificates
    const fingerprint = openssl('x509', '-in', 'ec-cert.pem', '-noout', '-fingerprint', '-sha256').split('=')[1]?.trim()
    expect(cert).toMatchObject({ publicKeyAlgorithm: 'EC P-256', signatureAlgorithm: 'ecdsa-with-SHA256', fingerprintSha256: fingerprint })
  })

  it('the same certificate twice counts once', async () => {
    const result = accepted(await parseUpload(text(leaf.record.pem + leaf.record.pem)))
    expect(result.certificates).toHaveLength(1)
  })
})

describe('parseUpload rejects', () => {
  const privateKeyFiles = ['ec.key', 'ec-pkcs8.pem', 'enc.pem', 'rsa-pkcs1.pem', 'ec-pkcs8.der', 'ec-sec1.der', 'enc.der', 'rsa-pkcs1.der', 'bundle.p12']
  it.each(privateKeyFiles)('a private key: %s', async (file) => {
    const result = await parseUpload(readTemp(file))
    expect(result).toMatchObject({ ok: false, code: 'private-key' })
    expect(!result.ok && result.reason).toMatch(/Private keys are never accepted/)
  })

  it.each([
    ['a certificate followed by its key', () => text(leaf.record.pem + new TextDecoder().decode(readTemp('ec-pkcs8.pem')))],
    ['an OpenSSH key', () => text('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n')],
    ['a PKCS #8 key labelled CERTIFICATE', () => text(`-----BEGIN CERTIFICATE-----\n${btoa(String.fromCharCode(...readTemp('ec-pkcs8.der')))}\n-----END CERTIFICATE-----\n`)],
    ['a PKCS #12 in Base-64', () => text(btoa(String.fromCharCode(...readTemp('bundle.p12'))))],
  ])('a private key: %s', async (_, body) => {
    expect(await parseUpload(body())).toMatchObject({ ok: false, code: 'private-key' })
  })

  it.each([
    ['empty', () => new Uint8Array(0), 'empty', /empty/],
    ['over 1 MiB', () => new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x41), 'too-large', /too large \(1\.0 MiB; at most 1 MiB\)/],
    ['garbage text', () => text('hello, this is not a certificate'), 'unrecognized', /neither PEM, Base-64 nor DER/],
    ['binary garbage', () => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'unrecognized', /not a certificate/],
    ['a PEM CSR', () => readTemp('req.pem'), 'certificate-request', /signing request/],
    ['a DER CSR', () => readTemp('req.der'), 'certificate-request', /signing request/],
    ['a PEM public key', () => readTemp('pub.pem'), 'public-key', /bare public key/],
    ['a DER public key', () => readTemp('pub.der'), 'public-key', /bare public key/],
    ['a CRL', () => crlDer, 'crl', /revocation list/],
    ['a PEM cut off before END', () => text(leaf.record.pem.slice(0, 400)), 'truncated-pem', /cut off: PEM block 1 \("BEGIN CERTIFICATE"\)/],
    ['a PEM missing lines in the middle', () => text(leaf.record.pem.replace(/\n[A-Za-z0-9+/]{64}\n/, '\n')), 'malformed-certificate', /damaged/],
    ['a PEM with non-Base-64 content', () => text('-----BEGIN CERTIFICATE-----\n%%%\n-----END CERTIFICATE-----\n'), 'malformed-certificate', /not valid Base-64/],
    ['a truncated DER', () => leaf.der.slice(0, 500), 'malformed-certificate', /incomplete or corrupt/],
    ['a PKCS #7 without certificates', () => encodePkcs7Certificates([]), 'empty-pkcs7', /no certificates/],
    ['an unknown PEM block', () => text('-----BEGIN PGP PUBLIC KEY BLOCK-----\nmQENBF==\n-----END PGP PUBLIC KEY BLOCK-----\n'), 'unrecognized', /block 1, "BEGIN PGP PUBLIC KEY BLOCK"/],
    ['51 certificates', () => text(leaf.record.pem.repeat(51)), 'too-many-certificates', /more than 50/],
  ])('%s', async (_, body, code, reason) => {
    const result = await parseUpload(body())
    expect(result).toMatchObject({ ok: false, code })
    expect(!result.ok && result.reason).toMatch(reason)
  })
})
