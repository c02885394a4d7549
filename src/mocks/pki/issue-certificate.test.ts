import { beforeAll, describe, expect, it } from 'vitest'
import { X509Certificate } from 'node:crypto'
import { createCaChain, type CaChain } from './ca'
import { abapSystemSubject, issueCertificate, type IssuedCertificate } from './issue-certificate'
import { fields, openssl, tempFile } from './openssl.test-helper'

const HOST = 'abc-123.abap.eu10.hana.ondemand.com'
let ca: CaChain
let issued: IssuedCertificate

beforeAll(async () => {
  ca = await createCaChain()
  issued = await issueCertificate(ca, {
    subject: abapSystemSubject(HOST),
    validFrom: '2027-02-01',
    validTo: '2028-02-01',
  })
})

// openssl prints "Feb  1 00:00:00 2027 GMT"; compare instants, not strings.
const instant = (text: string | undefined) => new Date(text ?? '').toISOString()

describe('issueCertificate', () => {
  it.each(['PEM', 'DER'])('matches what openssl x509 reads from %s', (form) => {
    const path =
      form === 'PEM' ? tempFile('leaf.pem', issued.record.pem) : tempFile('leaf.der', issued.der)
    const common = ['x509', '-inform', form, '-in', path, '-noout', '-nameopt', 'RFC2253']
    const out = fields(
      openssl(...common, '-subject', '-issuer', '-serial', '-dates', '-fingerprint', '-sha256'),
    )
    const sha1 = fields(openssl(...common, '-fingerprint', '-sha1'))
    const { material } = issued.record
    expect(out.subject).toBe(material.subject.text.replaceAll(', ', ','))
    expect(out.issuer).toBe(ca.record.clientCa.material.subject.text.replaceAll(', ', ','))
    expect(out.serial).toBe(material.serialNumber)
    expect(instant(out.notBefore)).toBe('2027-02-01T00:00:00.000Z')
    expect(instant(out.notAfter)).toBe('2028-02-01T23:59:59.000Z')
    expect(out['sha256 Fingerprint']).toBe(material.fingerprintSha256)
    expect(sha1['sha1 Fingerprint']).toBe(material.fingerprintSha1)
  })

  it('describes itself as SAP screens show it', () => {
    expect(issued.record.material).toMatchObject({
      subject: { CN: HOST, OU: 'SAP BTP ABAP environment', O: 'SAP SE', L: 'Walldorf', C: 'DE' },
      issuer: { CN: 'SAP PKI Certificate Service Client CA (simulated)', O: 'SAP SE', C: 'DE' },
      signatureAlgorithm: 'sha256WithRSAEncryption',
      signatureAlgorithmDisplay: 'SHA-256 with RSA',
      publicKeyAlgorithm: 'RSA 2048',
      validFrom: '2027-02-01',
      validTo: '2028-02-01',
      isCa: false,
    })
    expect(issued.record.material.subject.text).toBe(
      `CN=${HOST}, OU=SAP BTP ABAP environment, O=SAP SE, L=Walldorf, C=DE`,
    )
    expect(issued.record.material.fingerprintSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
    expect(issued.record.material.serialNumber).toMatch(/^[0-9A-F]{32}$/)
  })

  it('agrees with Node crypto.X509Certificate and verifies against the client CA', () => {
    const leaf = new X509Certificate(issued.der)
    const clientCa = new X509Certificate(ca.record.clientCa.pem)
    const { material } = issued.record
    expect(leaf.serialNumber).toBe(material.serialNumber)
    expect(leaf.fingerprint256).toBe(material.fingerprintSha256)
    expect(leaf.fingerprint).toBe(material.fingerprintSha1)
    expect(leaf.subject.split('\n').reverse().join(', ')).toBe(material.subject.text)
    expect(instant(leaf.validFrom)).toBe(material.notBefore)
    expect(instant(leaf.validTo)).toBe(material.notAfter)
    expect(leaf.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048)
    expect(leaf.keyUsage).toEqual(['1.3.6.1.5.5.7.3.2'])
    expect(leaf.checkIssued(clientCa) && leaf.verify(clientCa.publicKey)).toBe(true)
  })

  it('passes openssl verify with the chain on a date inside its validity', () => {
    const args = ['verify', '-attime', String(Date.UTC(2027, 5, 1) / 1000), '-purpose', 'sslclient']
    const leaf = tempFile('verify-leaf.pem', issued.record.pem)
    const out = openssl(
      ...args,
      '-CAfile',
      tempFile('verify-root.pem', ca.record.root.pem),
      '-untrusted',
      tempFile('verify-ca.pem', ca.record.clientCa.pem),
      leaf,
    )
    expect(out.trim()).toBe(`${leaf}: OK`)
  })

  it('keeps the private key a non-extractable CryptoKey, outside the JSON record', async () => {
    expect(issued.privateKey.type).toBe('private')
    expect(issued.privateKey.extractable).toBe(false)
    await expect(crypto.subtle.exportKey('pkcs8', issued.privateKey)).rejects.toThrow()
    expect(JSON.stringify(issued.record)).not.toMatch(/PRIVATE KEY/)
    expect(JSON.parse(JSON.stringify(issued.record))).toEqual(issued.record)
  })

  it('uses a given serial and gives reused keys distinct fingerprints', async () => {
    const keys = await crypto.subtle.generateKey(
      {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: 2048,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: 'SHA-256',
      },
      false,
      ['sign', 'verify'],
    )
    const request = {
      subject: abapSystemSubject(HOST),
      validFrom: '2027-08-01',
      validTo: '2028-08-01',
      keys,
    }
    const a = await issueCertificate(ca, { ...request, serialNumber: '0a' })
    const b = await issueCertificate(ca, { ...request, serialNumber: '80' })
    expect([a.record.material.serialNumber, b.record.material.serialNumber]).toEqual(['0A', '80'])
    expect(
      fields(openssl('x509', '-in', tempFile('serial-80.pem', b.record.pem), '-noout', '-serial'))
        .serial,
    ).toBe('80')
    expect(a.record.material.fingerprintSha256).not.toBe(b.record.material.fingerprintSha256)
  })

  it('encodes dates after 2049 (GeneralizedTime) and escapes commas in names', async () => {
    const late = await issueCertificate(ca, {
      subject: { CN: 'late.example.com', O: 'Example, Inc.', C: 'US' },
      validFrom: '2199-08-01',
      validTo: '2200-08-01',
    })
    const out = fields(
      openssl(
        'x509',
        '-in',
        tempFile('late.pem', late.record.pem),
        '-noout',
        '-enddate',
        '-subject',
        '-nameopt',
        'RFC2253',
      ),
    )
    expect(out.notAfter).toBe('Aug  1 23:59:59 2200 GMT')
    expect(out.subject).toBe('CN=late.example.com,O=Example\\, Inc.,C=US')
    expect(late.record.material).toMatchObject({ validFrom: '2199-08-01', validTo: '2200-08-01' })
    expect(late.record.material.subject.text).toBe('CN=late.example.com, O=Example\\, Inc., C=US')
  })

  it.each([
    [{ validFrom: '2027-02-30', validTo: '2028-02-01' }, /Not a calendar date/],
    [{ validFrom: '2028-02-01', validTo: '2027-02-01' }, /precedes/],
    [{ validFrom: '2027-02-01', validTo: '2028-02-01', serialNumber: 'xyz' }, /hexadecimal/],
    [{ validFrom: '2027-02-01', validTo: '2028-02-01', serialNumber: '00' }, /positive/],
  ])('rejects bad input %o', async (input, message) => {
    await expect(issueCertificate(ca, { subject: { CN: HOST }, ...input })).rejects.toThrow(message)
  })
})
