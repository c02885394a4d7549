import { beforeAll, describe, expect, it } from 'vitest'
import { AsnConvert, OctetString } from '@peculiar/asn1-schema'
import { EncryptedPrivateKeyInfo } from '@peculiar/asn1-pkcs8'
import { toBytes } from './encoding'
import { decryptPbes2, MAX_ITERATIONS } from './pbes2'
import { Pbes2Params, Pbkdf2Params } from './pkcs12-schemas'
import { opensslLine, readTemp } from './openssl.test-helper'

// openssl pkcs8 -topk8 writes an EncryptedPrivateKeyInfo: the same PBES2 structure a PKCS #12 key bag carries.
function encryptedKey(name: string, options: string) {
  opensslLine(
    `pkcs8 -topk8 -in ec.key -outform DER -out ${name}.der -passout pass:secret ${options}`,
  )
  return AsnConvert.parse(readTemp(`${name}.der`), EncryptedPrivateKeyInfo)
}

/** The PBES2 and PBKDF2 parameters openssl wrote, to read or re-encode by hand. */
function pbes2Parameters(info: EncryptedPrivateKeyInfo) {
  const scheme = AsnConvert.parse(
    info.encryptionAlgorithm.parameters ?? new ArrayBuffer(0),
    Pbes2Params,
  )
  const kdf = AsnConvert.parse(
    scheme.keyDerivationFunc.parameters ?? new ArrayBuffer(0),
    Pbkdf2Params,
  )
  return { scheme, kdf }
}

const plain = () => Buffer.from(readTemp('ec.pkcs8.der')).toString('hex')

beforeAll(() => {
  opensslLine('genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ec.key')
  opensslLine('pkcs8 -topk8 -nocrypt -in ec.key -outform DER -out ec.pkcs8.der')
})

describe('decryptPbes2', () => {
  it.each([
    ['aes-256-cbc', 'hmacWithSHA256'],
    ['aes-128-cbc', 'hmacWithSHA1'],
    ['aes-192-cbc', 'hmacWithSHA512'],
    ['aes-256-cbc', 'hmacWithSHA384'],
  ])('decrypts %s with %s to the plain PKCS #8 key', async (cipher, prf) => {
    const info = encryptedKey(`${cipher}-${prf}`, `-v2 ${cipher} -v2prf ${prf}`)
    const result = await decryptPbes2(
      info.encryptionAlgorithm,
      new Uint8Array(info.encryptedData.buffer),
      'secret',
    )
    expect(result.ok && Buffer.from(result.data).toString('hex')).toBe(plain())
    expect(
      await decryptPbes2(
        info.encryptionAlgorithm,
        new Uint8Array(info.encryptedData.buffer),
        'Secret',
      ),
    ).toEqual({
      ok: false,
      problem: 'undecryptable',
    })
  })

  it.each([
    ['-v2 des3', 'PBES2 with DES-EDE3-CBC (1.2.840.113549.3.7)'],
    ['-scrypt', 'PBES2 with scrypt (1.3.6.1.4.1.11591.4.11)'],
    ['-v1 PBE-SHA1-3DES', 'pbeWithSHA1And3-KeyTripleDES-CBC (1.2.840.113549.1.12.1.3)'],
  ])('names what it cannot decrypt: %s', async (options, algorithm) => {
    const info = encryptedKey(options.replace(/\W+/g, '-'), options)
    expect(
      await decryptPbes2(
        info.encryptionAlgorithm,
        new Uint8Array(info.encryptedData.buffer),
        'secret',
      ),
    ).toEqual({
      ok: false,
      problem: 'unsupported',
      algorithm,
    })
  })

  it('calls a wrong key undecryptable also when its padding happens to be valid (about one in 256)', async () => {
    // A wrong password that ends in valid padding decrypts to random bytes: made certain here by encrypting
    // bytes that are not DER with the right key, under openssl's own parameters.
    const info = encryptedKey('lucky-padding', '-v2 aes-256-cbc')
    const { scheme, kdf } = pbes2Parameters(info)
    const iv = toBytes(
      AsnConvert.parse(scheme.encryptionScheme.parameters ?? new ArrayBuffer(0), OctetString),
    )
    const { subtle } = globalThis.crypto
    const password = await subtle.importKey(
      'raw',
      new TextEncoder().encode('secret'),
      'PBKDF2',
      false,
      ['deriveKey'],
    )
    const aesKey = await subtle.deriveKey(
      {
        name: 'PBKDF2',
        hash: 'SHA-256',
        salt: toBytes(kdf.salt),
        iterations: kdf.iterationCount,
      },
      password,
      { name: 'AES-CBC', length: 256 },
      false,
      ['encrypt'],
    )
    const garbage = new TextEncoder().encode('random bytes, not one DER element')
    const encrypted = await subtle.encrypt({ name: 'AES-CBC', iv }, aesKey, garbage)
    expect(
      await decryptPbes2(info.encryptionAlgorithm, new Uint8Array(encrypted), 'secret'),
    ).toEqual({ ok: false, problem: 'undecryptable' })
  })

  it('refuses an iteration count that would keep the backend busy, before deriving anything', async () => {
    const info = encryptedKey('many-iterations', '-v2 aes-256-cbc')
    // Re-encoded by hand: making such a file with openssl would itself take seconds.
    const { scheme, kdf } = pbes2Parameters(info)
    kdf.iterationCount = MAX_ITERATIONS + 1
    scheme.keyDerivationFunc.parameters = AsnConvert.serialize(kdf)
    info.encryptionAlgorithm.parameters = AsnConvert.serialize(scheme)
    expect(
      await decryptPbes2(
        info.encryptionAlgorithm,
        new Uint8Array(info.encryptedData.buffer),
        'secret',
      ),
    ).toEqual({
      ok: false,
      problem: 'unsupported',
      algorithm: `PBKDF2 with ${MAX_ITERATIONS + 1} iterations (at most ${MAX_ITERATIONS})`,
    })
  })
})
