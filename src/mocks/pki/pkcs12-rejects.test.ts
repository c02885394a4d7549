import { beforeAll, describe, expect, it } from 'vitest'
import { importPkcs12 } from './pkcs12'
import { opensslLine, readTemp } from './openssl.test-helper'
import { addDays, opensslFacts } from './signed-certificate.test-helper'
import { exportP12, makeDefaultP12, mergePfx, p12 } from './pkcs12.test-helper'

// A legacy provider is needed for RC2-40; a build without it cannot write -legacy files at all.
const legacySupported = (() => {
  try {
    opensslLine('list -providers -provider legacy')
    return true
  } catch {
    return false
  }
})()

let leaf: ReturnType<typeof makeDefaultP12>
let today: string

beforeAll(() => {
  leaf = makeDefaultP12()
  today = leaf.validFrom
})

describe('importPkcs12 refuses', () => {
  it('refuses a wrong password, telling it apart from other failures', async () => {
    expect(await importPkcs12(p12('default'), 'wrong', today)).toEqual({
      ok: false,
      code: 'wrong-password',
      reason:
        'The password is wrong: the file cannot be opened with it. Enter the password the file was exported with.',
    })
    expect(await importPkcs12(p12('default'), '', today)).toMatchObject({ code: 'wrong-password' })
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
