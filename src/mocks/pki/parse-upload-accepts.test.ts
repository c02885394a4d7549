import { beforeAll, describe, expect, it } from 'vitest'
import { encodePkcs7Certificates } from './pkcs7'
import { pemToDer } from './pem-to-der'
import { parseUpload, type UploadResult } from './parse-upload'
import { openssl, readTemp } from './openssl.test-helper'
import {
  makeUploadFixtures,
  toIndefiniteLength,
  utf8,
  type UploadFixtures,
} from './upload-fixtures.test-helper'

let f: UploadFixtures
beforeAll(async () => {
  f = await makeUploadFixtures()
})

/** A .p7b with leaf, client CA and root, as other tools write a chain (our exports hold the leaf only). */
const chainP7b = () =>
  encodePkcs7Certificates(
    [f.leaf.record.pem, f.ca.record.clientCa.pem, f.ca.record.root.pem].map(pemToDer),
  )

function accepted(result: UploadResult) {
  if (!result.ok) throw new Error(`rejected: ${result.code} ${result.reason}`)
  return result
}

describe('parseUpload accepts', () => {
  it('a PEM certificate and describes it exactly as issued', async () => {
    const result = accepted(await parseUpload(utf8(f.leaf.record.pem)))
    expect(result.format).toBe('pem')
    expect(result.certificates).toHaveLength(1)
    const { pem, ...material } = result.certificates[0]!
    expect(material).toEqual(f.leaf.record.material)
    expect(pem).toBe(f.leaf.record.pem)
  })

  it('several PEM blocks with CRLF, a BOM and openssl -print_certs headers between', async () => {
    const leafPem = f.leaf.record.pem.replace(/\n/g, '\r\n')
    const body = `\ufeffsubject=CN = leaf\r\n${leafPem}\r\nsubject=CN = ca\r\n${f.ca.record.clientCa.pem}`
    const result = accepted(await parseUpload(utf8(body)))
    expect(result.certificates.map((c) => [c.subject.CN, c.isCa])).toEqual([
      ['abc-123.abap.eu10.hana.ondemand.com', false],
      ['SAP PKI Certificate Service Client CA (simulated)', true],
    ])
  })

  it('bare Base-64 without PEM lines (a .crt as some tools write it)', async () => {
    const bare = f.leaf.record.pem.replace(/-----[A-Z ]+-----/g, '')
    const result = accepted(await parseUpload(utf8(bare)))
    expect(result.format).toBe('base64')
    expect(result.certificates[0]?.fingerprintSha256).toBe(f.leaf.record.material.fingerprintSha256)
  })

  it('DER (.cer) and DER PKCS #7 (.p7b) with the chain', async () => {
    expect(accepted(await parseUpload(f.leaf.der)).format).toBe('der')
    const result = accepted(await parseUpload(chainP7b()))
    expect(result.format).toBe('pkcs7')
    expect(result.certificates.map((c) => c.subject.CN)).toEqual([
      'abc-123.abap.eu10.hana.ondemand.com',
      'SAP PKI Certificate Service Client CA (simulated)',
      'SAP Cloud Root CA (simulated)',
    ])
  })

  it('PKCS #7 in BER with an indefinite length', async () => {
    const result = accepted(await parseUpload(toIndefiniteLength(chainP7b())))
    expect(result.certificates).toHaveLength(3)
  })

  it("PEM PKCS #7 ('BEGIN PKCS7') as openssl crl2pkcs7 writes it", async () => {
    const body = readTemp('bundle-pem.p7b')
    expect(new TextDecoder().decode(body)).toContain('-----BEGIN PKCS7-----')
    const [cert] = accepted(await parseUpload(body)).certificates
    expect(cert?.subject).toMatchObject({ CN: 'partner.example.com', O: 'Example Corp', C: 'US' })
  })

  it("a partner's EC certificate made by openssl, with openssl's fingerprint", async () => {
    const [cert] = accepted(await parseUpload(readTemp('ec-cert.pem'))).certificates
    const out = openssl('x509', '-in', 'ec-cert.pem', '-noout', '-fingerprint', '-sha256')
    expect(cert).toMatchObject({
      publicKeyAlgorithm: 'EC P-256',
      signatureAlgorithm: 'ecdsa-with-SHA256',
      signatureAlgorithmDisplay: 'SHA-256 with ECDSA',
      fingerprintSha256: out.split('=')[1]?.trim(),
    })
  })

  it('the same certificate twice counts once', async () => {
    const twice = utf8(f.leaf.record.pem + f.leaf.record.pem)
    expect(accepted(await parseUpload(twice)).certificates).toHaveLength(1)
  })
})
