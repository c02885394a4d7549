import { beforeAll, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { createSigningRequest, type SigningRequest } from './signing-request'
import { openssl, readTemp, tempFile } from './openssl.test-helper'

let request: SigningRequest
let csrPath: string

beforeAll(async () => {
  request = await createSigningRequest({
    CN: ' abc-123.example.com ',
    OU: 'IT',
    O: 'Müller & Söhne "Werk" GmbH',
    L: '#Köln',
    ST: 'NRW',
    C: 'DE',
  })
  csrPath = tempFile('signing-request.csr.pem', request.csrPem)
})

describe('createSigningRequest', () => {
  it('writes a PEM PKCS #10 request whose self-signature openssl verifies', () => {
    expect(request.csrPem).toMatch(
      /^-----BEGIN CERTIFICATE REQUEST-----\n[\s\S]+\n-----END CERTIFICATE REQUEST-----\n$/,
    )
    // openssl exits non-zero (execFileSync throws) when the signature does not verify.
    expect(() => openssl('req', '-verify', '-noout', '-in', csrPath)).not.toThrow()
    const text = openssl('req', '-text', '-noout', '-in', csrPath)
    expect(text).toMatch(/Public-Key: \(2048 bit\)/)
    expect(text).toMatch(/Signature Algorithm: sha256WithRSAEncryption/)
  })

  it('carries the subject as entered (trimmed, "#" and quotes kept literally), CN first in the text', () => {
    const printed = openssl(
      'req',
      '-subject',
      '-noout',
      '-nameopt',
      'RFC2253,-esc_msb',
      '-in',
      csrPath,
    )
    expect(printed.trim()).toBe(
      'subject=CN=abc-123.example.com,OU=IT,O=Müller & Söhne \\"Werk\\" GmbH,L=\\#Köln,ST=NRW,C=DE',
    )
    expect(request.subject).toBe(
      'CN=abc-123.example.com, OU=IT, O=Müller & Söhne \\"Werk\\" GmbH, L=\\#Köln, ST=NRW, C=DE',
    )
  })

  it('gives the SHA-256 of the public key as openssl computes it', () => {
    openssl('req', '-in', csrPath, '-pubkey', '-noout', '-out', 'signing-request.pub.pem')
    openssl(
      'pkey',
      '-pubin',
      '-in',
      'signing-request.pub.pem',
      '-outform',
      'DER',
      '-out',
      'signing-request.pub.der',
    )
    const expected = createHash('sha256').update(readTemp('signing-request.pub.der')).digest('hex')
    expect(request.publicKeySha256).toBe(expected)
  })

  it('keeps the private key non-extractable', async () => {
    expect(request.privateKey.extractable).toBe(false)
    expect(request.privateKey.type).toBe('private')
    await expect(crypto.subtle.exportKey('pkcs8', request.privateKey)).rejects.toThrow()
    await expect(crypto.subtle.exportKey('jwk', request.privateKey)).rejects.toThrow()
  })

  it('makes a new key for every request', async () => {
    const second = await createSigningRequest({ CN: 'abc-123.example.com' })
    expect(second.publicKeySha256).not.toBe(request.publicKeySha256)
    expect(second.subject).toBe('CN=abc-123.example.com')
  })

  it('refuses a subject with issues, naming them', async () => {
    await expect(createSigningRequest({ CN: '', C: 'Germany' })).rejects.toThrow(
      /Enter a common name[\s\S]*two-letter ISO 3166/,
    )
  })
})
