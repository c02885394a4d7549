import { describe, expect, it } from 'vitest'
import { bmpPassword, pkcs12Kdf, type Pkcs12KeyPurpose } from './pkcs12-kdf'
import { openssl } from './openssl.test-helper'
import { toColonHex } from './encoding'

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')

// openssl's PKCS12KDF takes the password bytes as given, so it gets the BMPString we derive from.
function opensslKdf(
  digest: string,
  password: string,
  salt: string,
  iterations: number,
  purpose: Pkcs12KeyPurpose,
  length: number,
): string {
  return openssl(
    'kdf',
    '-keylen',
    String(length),
    '-kdfopt',
    `digest:${digest}`,
    '-kdfopt',
    `hexpass:${hex(bmpPassword(password))}`,
    '-kdfopt',
    `hexsalt:${salt}`,
    '-kdfopt',
    `iter:${iterations}`,
    '-kdfopt',
    `id:${purpose}`,
    'PKCS12KDF',
  ).trim()
}

describe('pkcs12Kdf', () => {
  it('gives the published RFC 7292 test value (password "smeg")', async () => {
    const key = await pkcs12Kdf('SHA-1', 'smeg', Buffer.from('0A58CF64530D823F', 'hex'), 1, 1, 24)
    expect(hex(key)).toBe('8aaae6297b6cb04642ab5b077851284eb7128f1a2a7fbca3')
  })

  it.each([
    ['SHA-1', 'SHA1', 'secret', 'a1b2c3d4e5f60718', 2048, 3, 20],
    ['SHA-256', 'SHA256', 'secret', 'a1b2c3d4e5f60718', 2048, 3, 32],
    // Longer than one digest: exercises the block addition between rounds (step 6C).
    ['SHA-1', 'SHA1', 'sesame', 'ffffffffffffffff', 7, 1, 64],
    ['SHA-256', 'SHA256', 'Grüße €', '00', 3, 2, 100],
    ['SHA-512', 'SHA512', '', '0102030405060708090a0b0c0d0e0f10', 2, 1, 130],
  ] as const)(
    'matches openssl for %s, %s, %s, %s, %i rounds, purpose %i, %i bytes',
    async (hash, digest, password, salt, iterations, purpose, length) => {
      const ours = await pkcs12Kdf(
        hash,
        password,
        Buffer.from(salt, 'hex'),
        iterations,
        purpose,
        length,
      )
      expect(toColonHex(ours)).toBe(opensslKdf(digest, password, salt, iterations, purpose, length))
    },
  )

  it('encodes the password as BMPString with a zero terminator', () => {
    expect(hex(bmpPassword('aé'))).toBe('006100e90000')
    expect(hex(bmpPassword(''))).toBe('0000')
  })
})
