import { describe, expect, it } from 'vitest'
import { toBase64 } from './encoding'
import { starterKeys } from './starter-keys'
import { generateRsaKeyPair, RSA_SHA256, webCrypto } from './web-crypto'

const spkiOf = async (key: CryptoKey) => toBase64(new Uint8Array(await webCrypto.subtle.exportKey('spki', key)))

async function signsForItsPublicKey({ privateKey, publicKey }: CryptoKeyPair): Promise<boolean> {
  const data = new TextEncoder().encode('Rotation Lab')
  const signature = await webCrypto.subtle.sign(RSA_SHA256, privateKey, data)
  return webCrypto.subtle.verify(RSA_SHA256, publicKey, signature, data)
}

describe('generateRsaKeyPair', () => {
  it('hands out each starter key once, as a working non-extractable pair, then generates new ones', async () => {
    const pairs: CryptoKeyPair[] = []
    for (let i = 0; i <= starterKeys.length; i++) pairs.push(await generateRsaKeyPair())
    const publicKeys = await Promise.all(pairs.map(({ publicKey }) => spkiOf(publicKey)))

    expect(publicKeys.slice(0, starterKeys.length)).toEqual(starterKeys.map(({ spki }) => spki))
    // The one after the stock is generated: a key no starter has, and no pair repeats.
    expect(starterKeys.map(({ spki }) => spki)).not.toContain(publicKeys.at(-1))
    expect(new Set(publicKeys).size).toBe(pairs.length)
    for (const pair of pairs) {
      expect(pair.privateKey.extractable).toBe(false)
      expect(pair.privateKey.algorithm).toMatchObject({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048 })
      // A starter whose halves did not belong together would make certificates that never verify.
      expect(await signsForItsPublicKey(pair)).toBe(true)
    }
  })
})
