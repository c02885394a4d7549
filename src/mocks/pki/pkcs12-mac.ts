import type { MacData } from '@peculiar/asn1-pfx'
import { webCrypto } from './web-crypto'
import { toBytes } from './encoding'
import { pkcs12Kdf } from './pkcs12-kdf'
import { DIGESTS, algorithmName } from './pkcs12-algorithms'

export type MacCheck =
  | { ok: true }
  | { ok: false; problem: 'mismatch' }
  | { ok: false; problem: 'unsupported'; algorithm: string }

const DIGEST_BYTES: Record<string, number> = {
  'SHA-1': 20,
  'SHA-256': 32,
  'SHA-384': 48,
  'SHA-512': 64,
}

// The KDF runs one awaited digest per round in script: far above OpenSSL's 2048 and Java's 10000, but bounded so a
// crafted file cannot keep the backend busy for minutes.
export const MAX_MAC_ITERATIONS = 200_000

/**
 * Checks a PFX's password-integrity MAC (RFC 7292 §5): HMAC over the authenticated safe, keyed by the PKCS #12 KDF.
 * It is checked before anything is decrypted, so a wrong password is told apart from a damaged or unsupported file.
 */
export async function checkPfxMac(
  macData: MacData,
  authenticatedSafe: Uint8Array,
  password: string,
): Promise<MacCheck> {
  const oid = macData.mac.digestAlgorithm.algorithm
  const hash = DIGESTS[oid]
  const length = hash && DIGEST_BYTES[hash]
  if (!hash || !length)
    return { ok: false, problem: 'unsupported', algorithm: `MAC with ${algorithmName(oid)}` }
  const iterations = macData.iterations
  if (iterations < 1 || iterations > MAX_MAC_ITERATIONS) {
    return {
      ok: false,
      problem: 'unsupported',
      algorithm: `MAC with ${iterations} iterations (at most ${MAX_MAC_ITERATIONS})`,
    }
  }
  const keyBytes = await pkcs12Kdf(hash, password, toBytes(macData.macSalt), iterations, 3, length)
  const key = await webCrypto.subtle.importKey(
    'raw',
    toBytes(keyBytes),
    { name: 'HMAC', hash },
    false,
    ['verify'],
  )
  // verify compares in constant time, unlike comparing a computed HMAC by hand.
  const valid = await webCrypto.subtle.verify(
    'HMAC',
    key,
    toBytes(macData.mac.digest),
    toBytes(authenticatedSafe),
  )
  return valid ? { ok: true } : { ok: false, problem: 'mismatch' }
}
