import { beforeAll, describe, expect, it } from 'vitest'
import { encodePkcs7Certificates } from './pkcs7'
import { MAX_UPLOAD_BYTES, parseUpload } from './parse-upload'
import { toBase64 } from './encoding'
import { readTemp } from './openssl.test-helper'
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

const pemBlock = (label: string, base64: string) =>
  utf8(`-----BEGIN ${label}-----\n${base64}\n-----END ${label}-----\n`)
const keyFile = (name: string) => new TextDecoder().decode(readTemp(name))

describe('parseUpload rejects private keys, whatever their form', () => {
  it.each([
    ['SEC 1 PEM (EC PRIVATE KEY)', () => readTemp('ec.key')],
    ['PKCS #8 PEM (PRIVATE KEY)', () => readTemp('ec-pkcs8.pem')],
    ['encrypted PKCS #8 PEM', () => readTemp('enc.pem')],
    ['PKCS #1 PEM (RSA PRIVATE KEY)', () => readTemp('rsa-pkcs1.pem')],
    ['PKCS #8 DER', () => readTemp('ec-pkcs8.der')],
    ['SEC 1 DER', () => readTemp('ec-sec1.der')],
    ['encrypted PKCS #8 DER', () => readTemp('enc.der')],
    ['PKCS #1 DER', () => readTemp('rsa-pkcs1.der')],
    ['PKCS #12 (.p12)', () => readTemp('bundle.p12')],
    ['PKCS #12 in Base-64', () => utf8(toBase64(readTemp('bundle.p12')))],
    ['PKCS #12 in BER (indefinite length)', () => toIndefiniteLength(readTemp('bundle.p12'))],
    ['a certificate followed by its key', () => utf8(f.leaf.record.pem + keyFile('ec-pkcs8.pem'))],
    ['an OpenSSH key', () => pemBlock('OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjEAAAAA')],
    ['a PGP private key block', () => pemBlock('PGP PRIVATE KEY BLOCK', 'lQOYBF==')],
    [
      'PKCS #8 labelled CERTIFICATE',
      () => pemBlock('CERTIFICATE', toBase64(readTemp('ec-pkcs8.der'))),
    ],
  ])('%s', async (_, body) => {
    const result = await parseUpload(body())
    expect(result).toMatchObject({ ok: false, code: 'private-key' })
    expect(!result.ok && result.reason).toMatch(/Private keys are never accepted/)
  })
})

describe('parseUpload rejects what is not a certificate, with a precise reason', () => {
  it.each([
    ['empty', () => new Uint8Array(0), 'empty', /empty/],
    [
      'over 1 MiB',
      () => new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x41),
      'too-large',
      /too large \(1\.0 MiB; at most 1 MiB\)/,
    ],
    [
      'garbage text',
      () => utf8('hello, no certificate'),
      'unrecognized',
      /neither PEM, Base-64 nor DER/,
    ],
    [
      'binary garbage',
      () => Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 1),
      'unrecognized',
      /not a certificate/,
    ],
    ['a PEM CSR', () => readTemp('req.pem'), 'certificate-request', /signing request \(CSR\)/],
    ['a DER CSR', () => readTemp('req.der'), 'certificate-request', /signing request \(CSR\)/],
    ['a PEM public key', () => readTemp('pub.pem'), 'public-key', /bare public key/],
    ['a DER public key', () => readTemp('pub.der'), 'public-key', /bare public key/],
    ['a CRL', () => f.crlDer, 'crl', /revocation list/],
    [
      'a PEM cut off before END',
      () => utf8(f.leaf.record.pem.slice(0, 400)),
      'truncated-pem',
      /cut off: PEM block 1 \("BEGIN CERTIFICATE"\) has no matching END/,
    ],
    [
      'a PEM missing a line',
      () => utf8(f.leaf.record.pem.replace(/\n[A-Za-z0-9+/]{64}\n/, '\n')),
      'malformed-certificate',
      /damaged \(block 1, "BEGIN CERTIFICATE"\)/,
    ],
    [
      'a PEM with non-Base-64',
      () => pemBlock('CERTIFICATE', '%%%'),
      'malformed-certificate',
      /Base-64/,
    ],
    ['a truncated DER', () => f.leaf.der.slice(0, 500), 'malformed-certificate', /incomplete/],
    [
      'a PKCS #7 without certificates',
      () => encodePkcs7Certificates([]),
      'empty-pkcs7',
      /no certif/,
    ],
    [
      'an unknown PEM block',
      () => pemBlock('PGP PUBLIC KEY BLOCK', 'mQENBF=='),
      'unrecognized',
      /block 1, "BEGIN PGP PUBLIC KEY BLOCK"/,
    ],
    [
      '51 certificates',
      () => utf8(f.leaf.record.pem.repeat(51)),
      'too-many-certificates',
      /than 50/,
    ],
  ])('%s', async (_, body, code, reason) => {
    const result = await parseUpload(body())
    expect(result).toMatchObject({ ok: false, code })
    expect(!result.ok && result.reason).toMatch(reason)
  })
})
