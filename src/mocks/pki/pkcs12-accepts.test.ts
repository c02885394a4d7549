import { beforeAll, describe, expect, it } from 'vitest'
import { X509Certificate, createHash, verify } from 'node:crypto'
import { importPkcs12 } from './pkcs12'
import { opensslLine, readTemp, tempFile } from './openssl.test-helper'
import { makeOpensslCa, opensslFacts, opensslSign } from './signed-certificate.test-helper'
import { exportP12, makeDefaultP12, p12 } from './pkcs12.test-helper'

let leaf: ReturnType<typeof makeDefaultP12>
let today: string

beforeAll(() => {
  leaf = makeDefaultP12()
  today = leaf.validFrom
})

describe('importPkcs12 accepts', () => {
  it('imports what openssl pkcs12 -export writes by default, with the right password', async () => {
    const result = await importPkcs12(p12('default'), 'secret', today)
    if (!result.ok) throw new Error(result.reason)
    expect(result.certificate).toMatchObject({
      serialNumber: leaf.serial,
      fingerprintSha256: leaf.fingerprintSha256,
      validTo: leaf.validTo,
    })
    expect(result.certificate.subject.text).toBe('CN=client.example.com')
    expect(result.chain).toEqual([])
    const { publicKey } = new X509Certificate(readTemp('self.pem'))
    const spki = publicKey.export({ type: 'spki', format: 'der' })
    expect(result.publicKeySha256).toBe(createHash('sha256').update(spki).digest('hex'))
  })

  it('gives a non-extractable key that signs for the certificate', async () => {
    const result = await importPkcs12(p12('default'), 'secret', today)
    if (!result.ok) throw new Error(result.reason)
    expect(result.privateKey.extractable).toBe(false)
    expect(result.privateKey.usages).toEqual(['sign'])
    await expect(crypto.subtle.exportKey('pkcs8', result.privateKey)).rejects.toThrow()
    const data = new TextEncoder().encode('hello')
    const signature = new Uint8Array(
      await crypto.subtle.sign('RSASSA-PKCS1-v1_5', result.privateKey, data),
    )
    expect(
      verify('sha256', data, new X509Certificate(readTemp('self.pem')).publicKey, signature),
    ).toBe(true)
  })

  it('returns nothing that holds the private key', async () => {
    const result = await importPkcs12(p12('default'), 'secret', today)
    const json = JSON.stringify({ ...result, privateKey: undefined })
    // The key's private tail (exponents, coefficient): the modulus at its start is public and in the certificate.
    const secret = Buffer.from(readTemp('self.pkcs8.der')).subarray(-300)
    expect(json).not.toMatch(/PRIVATE KEY/)
    expect(json.toLowerCase()).not.toContain(secret.toString('hex').slice(0, 64))
    for (const shift of [0, 1, 2]) {
      expect(json).not.toContain(secret.subarray(shift).toString('base64').slice(4, 64))
    }
  })

  it.each([
    ['SHA-1 MAC', '-macalg sha1'],
    ['AES-128-CBC', '-keypbe AES-128-CBC -certpbe AES-128-CBC'],
    ['AES-192-CBC', '-keypbe AES-192-CBC -certpbe AES-192-CBC'],
    ['unencrypted certificates', '-certpbe NONE'],
    ['an unencrypted key bag', '-keypbe NONE -certpbe NONE'],
    ['one iteration', '-noiter -nomaciter'],
    ['a friendly name', '-name Client'],
  ])('imports a file with %s', async (name, options) => {
    exportP12(name.replace(/\W+/g, '-'), options)
    const result = await importPkcs12(p12(name.replace(/\W+/g, '-')), 'secret', today)
    expect(result.ok ? result.certificate.fingerprintSha256 : result.reason).toBe(
      leaf.fingerprintSha256,
    )
    expect(await importPkcs12(p12(name.replace(/\W+/g, '-')), 'wrong', today)).toMatchObject({
      code: 'wrong-password',
    })
  })

  it('without a MAC, still finds a wrong password (the decryption fails)', async () => {
    exportP12('nomac', '-nomac')
    expect((await importPkcs12(p12('nomac'), 'secret', today)).ok).toBe(true)
    expect(await importPkcs12(p12('nomac'), 'wrong', today)).toMatchObject({
      code: 'wrong-password',
    })
  })

  it('imports a certificate with its chain, ordered issuing CA first', async () => {
    makeOpensslCa('corp', 'Example Corp')
    opensslLine(
      'req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ec.key -out ec.csr -subj /CN=ec.example.com',
    )
    opensslSign('ec.csr', 'corp-issuing', 'ec.pem')
    tempFile('corp-chain.pem', Buffer.concat([readTemp('corp.pem'), readTemp('corp-issuing.pem')]))
    exportP12('ec', '-certfile corp-chain.pem', 'ec.key', 'ec.pem')
    const result = await importPkcs12(p12('ec'), 'secret', opensslFacts('ec.pem').validFrom)
    if (!result.ok) throw new Error(result.reason)
    expect(result.certificate.publicKeyAlgorithm).toBe('EC P-256')
    expect(result.privateKey.algorithm).toMatchObject({ name: 'ECDSA', namedCurve: 'P-256' })
    expect(result.chain.map((c) => c.subject.CN)).toEqual([
      'Example Corp Issuing CA',
      'Example Corp Root CA',
    ])
  })
})
