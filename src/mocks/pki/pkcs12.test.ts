import { beforeAll, describe, expect, it } from 'vitest'
import { X509Certificate, createHash, verify } from 'node:crypto'
import { importPkcs12 } from './pkcs12'
import { opensslLine, readTemp, tempFile } from './openssl.test-helper'
import { addDays, makeOpensslCa, opensslFacts, opensslSign } from './signed-certificate.test-helper'
import { mergePfx } from './pkcs12.test-helper'

let leaf: ReturnType<typeof opensslFacts>
let today: string
const p12 = (name: string) => readTemp(`${name}.p12`)
const exportP12 = (name: string, options = '', key = 'self.key', certificate = 'self.pem') =>
  opensslLine(
    `pkcs12 -export -inkey ${key} -in ${certificate} -passout pass:secret -out ${name}.p12 ${options}`,
  )

// A legacy provider is needed for RC2-40; a build without it cannot write -legacy files at all.
const legacySupported = (() => {
  try {
    opensslLine('list -providers -provider legacy')
    return true
  } catch {
    return false
  }
})()

beforeAll(() => {
  opensslLine(
    'req -x509 -newkey rsa:2048 -nodes -keyout self.key -out self.pem -days 365 -subj /CN=client.example.com',
  )
  opensslLine('pkey -in self.key -outform DER -out self.pkcs8.der')
  leaf = opensslFacts('self.pem')
  today = leaf.validFrom
  exportP12('default')
})

describe('importPkcs12', () => {
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

  it('refuses a wrong password, telling it apart from other failures', async () => {
    expect(await importPkcs12(p12('default'), 'wrong', today)).toEqual({
      ok: false,
      code: 'wrong-password',
      reason:
        'The password is wrong: the file cannot be opened with it. Enter the password the file was exported with.',
    })
    expect(await importPkcs12(p12('default'), '', today)).toMatchObject({ code: 'wrong-password' })
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

  it.skipIf(!legacySupported)(
    'refuses -legacy (RC2-40 and 3DES) with the algorithm and how to re-export',
    async () => {
      exportP12('legacy', '-legacy')
      const result = await importPkcs12(p12('legacy'), 'secret', today)
      expect(result).toMatchObject({ ok: false, code: 'unsupported-encryption' })
      expect(!result.ok && result.reason).toContain(
        'pbeWithSHA1And40BitRC2-CBC (1.2.840.113549.1.12.1.6)',
      )
      expect(!result.ok && result.reason).toContain('openssl pkcs12 -export')
      // The SHA-1 MAC is still checked first.
      expect(await importPkcs12(p12('legacy'), 'wrong', today)).toMatchObject({
        code: 'wrong-password',
      })
    },
  )

  it('refuses 3DES-encrypted keys, naming the algorithm', async () => {
    exportP12('3des', '-keypbe PBE-SHA1-3DES -certpbe NONE')
    const result = await importPkcs12(p12('3des'), 'secret', today)
    expect(result).toMatchObject({ ok: false, code: 'unsupported-encryption' })
    expect(!result.ok && result.reason).toContain('pbeWithSHA1And3-KeyTripleDES-CBC')
  })

  it('refuses a file with certificates only, a key only, two keys, and a key for another certificate', async () => {
    opensslLine('pkcs12 -export -nokeys -in self.pem -passout pass:secret -out certs-only.p12')
    expect(await importPkcs12(p12('certs-only'), 'secret', today)).toMatchObject({ code: 'no-key' })
    exportP12('key-only', '-nocerts')
    expect(await importPkcs12(p12('key-only'), 'secret', today)).toMatchObject({
      code: 'no-certificate',
    })
    opensslLine(
      'req -x509 -newkey rsa:2048 -nodes -keyout second.key -out second.pem -days 365 -subj /CN=second',
    )
    exportP12('second', '', 'second.key', 'second.pem')
    const two = mergePfx(p12('default'), p12('second'))
    expect(await importPkcs12(two, 'secret', today)).toMatchObject({
      code: 'several-keys',
      reason: expect.stringContaining('2 private keys'),
    })
    exportP12('mismatch', '-nocerts -certfile self.pem', 'second.key')
    expect(await importPkcs12(p12('mismatch'), 'secret', today)).toMatchObject({
      code: 'key-certificate-mismatch',
    })
  })

  it('refuses a certificate expired or not yet valid on the simulated day', async () => {
    expect(await importPkcs12(p12('default'), 'secret', addDays(leaf.validTo, 1))).toMatchObject({
      code: 'expired',
      reason: expect.stringContaining(`expired on ${leaf.validTo}`),
    })
    expect(await importPkcs12(p12('default'), 'secret', addDays(leaf.validFrom, -1))).toMatchObject(
      {
        code: 'not-yet-valid',
        reason: expect.stringContaining(`valid only from ${leaf.validFrom}`),
      },
    )
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

  it('refuses an Ed25519 key as unusable', async () => {
    opensslLine(
      'req -x509 -newkey ed25519 -nodes -keyout ed.key -out ed.pem -days 365 -subj /CN=ed',
    )
    exportP12('ed', '', 'ed.key', 'ed.pem')
    const result = await importPkcs12(p12('ed'), 'secret', opensslFacts('ed.pem').validFrom)
    expect(result).toMatchObject({
      code: 'unsupported-key',
      reason: expect.stringContaining('1.3.101.112'),
    })
  })

  it('refuses files that are not PKCS #12', async () => {
    expect(
      await importPkcs12(crypto.getRandomValues(new Uint8Array(2000)), 'secret', today),
    ).toMatchObject({ code: 'not-pkcs12' })
    expect(await importPkcs12(readTemp('self.pem'), 'secret', today)).toMatchObject({
      code: 'not-pkcs12',
    })
    expect(await importPkcs12(readTemp('self.pkcs8.der'), 'secret', today)).toMatchObject({
      code: 'not-pkcs12',
    })
    expect(await importPkcs12(new Uint8Array(), 'secret', today)).toMatchObject({ code: 'empty' })
    const truncated = p12('default').subarray(0, 1000)
    expect(await importPkcs12(truncated, 'secret', today)).toMatchObject({ code: 'not-pkcs12' })
  })
})
