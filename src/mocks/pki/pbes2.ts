import { AsnConvert, OctetString } from '@peculiar/asn1-schema'
import type { AlgorithmIdentifier } from '@peculiar/asn1-x509'
import { readTopLevel } from './der-reader'
import { webCrypto } from './web-crypto'
import { toBytes } from './encoding'
import { AES_CBC, HMAC_PRFS, HMAC_WITH_SHA1, OID, algorithmName } from './pkcs12-algorithms'
import { Pbes2Params, Pbkdf2Params } from './pkcs12-schemas'

/** The outcome of decrypting with a password: the plaintext, a failure, or an algorithm we cannot run. */
export type Decrypted =
  | { ok: true; data: Uint8Array<ArrayBuffer> }
  | { ok: false; problem: 'undecryptable' }
  | { ok: false; problem: 'unsupported'; algorithm: string }

/** Far above any exporter's default (OpenSSL 2048, Windows 2000–10000, browsers' 600000): beyond it, refuse. */
export const MAX_ITERATIONS = 2_000_000

const SEQUENCE = 0x30

const unsupported = (algorithm: string): Decrypted => ({
  ok: false,
  problem: 'unsupported',
  algorithm,
})

/**
 * Decrypts PBES2 / PBKDF2 / AES-CBC (RFC 8018), what OpenSSL 3 writes by default for a PKCS #12 file's key and
 * certificates. The password goes in as UTF-8, as OpenSSL passes it to PBKDF2 (only the legacy PBEs and the MAC
 * take it as BMPString). Anything else is `unsupported`: WebCrypto has no 3DES, RC2, RC4 or DES, which the legacy
 * PKCS #12 algorithms need. A wrong key shows as a padding error, so `undecryptable` usually means a wrong password —
 * but about one wrong key in 256 ends in valid padding by chance: what PBES2 protects here (a PKCS #8 key, a bag of
 * safe contents) is always one DER SEQUENCE, so plaintext that is not one is `undecryptable` too.
 */
export async function decryptPbes2(
  algorithm: AlgorithmIdentifier,
  encrypted: Uint8Array,
  password: string,
): Promise<Decrypted> {
  if (algorithm.algorithm !== OID.pbes2 || !algorithm.parameters) {
    return unsupported(algorithmName(algorithm.algorithm))
  }
  let scheme: Pbes2Params
  let kdf: Pbkdf2Params
  try {
    scheme = AsnConvert.parse(algorithm.parameters, Pbes2Params)
    if (scheme.keyDerivationFunc.algorithm !== OID.pbkdf2 || !scheme.keyDerivationFunc.parameters) {
      return unsupported(`PBES2 with ${algorithmName(scheme.keyDerivationFunc.algorithm)}`)
    }
    kdf = AsnConvert.parse(scheme.keyDerivationFunc.parameters, Pbkdf2Params)
  } catch {
    return unsupported('PBES2 with parameters this simulation cannot read')
  }
  const cipher = AES_CBC[scheme.encryptionScheme.algorithm]
  if (!cipher) return unsupported(`PBES2 with ${algorithmName(scheme.encryptionScheme.algorithm)}`)
  const prfOid = kdf.prf?.algorithm ?? HMAC_WITH_SHA1
  const hash = HMAC_PRFS[prfOid]
  if (!hash) return unsupported(`PBKDF2 with ${algorithmName(prfOid)}`)
  if (kdf.iterationCount < 1 || kdf.iterationCount > MAX_ITERATIONS) {
    return unsupported(`PBKDF2 with ${kdf.iterationCount} iterations (at most ${MAX_ITERATIONS})`)
  }
  let iv: Uint8Array<ArrayBuffer>
  try {
    iv = toBytes(
      AsnConvert.parse(scheme.encryptionScheme.parameters ?? new ArrayBuffer(0), OctetString),
    )
  } catch {
    return unsupported(`${cipher.name} without an IV`)
  }
  if (iv.length !== 16) return unsupported(`${cipher.name} with a ${iv.length}-byte IV`)
  try {
    const passwordKey = await webCrypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(password),
      'PBKDF2',
      false,
      ['deriveBits'],
    )
    const bits = await webCrypto.subtle.deriveBits(
      { name: 'PBKDF2', hash, salt: toBytes(kdf.salt), iterations: kdf.iterationCount },
      passwordKey,
      cipher.bytes * 8,
    )
    // Chromium's WebCrypto refuses 192-bit AES keys (Node's accepts them): then it is unsupported, not a bad password.
    const aesKey = await webCrypto.subtle
      .importKey('raw', bits, 'AES-CBC', false, ['decrypt'])
      .catch(() => undefined)
    if (!aesKey) return unsupported(`${cipher.name} (not offered by this browser's WebCrypto)`)
    const data = new Uint8Array(
      await webCrypto.subtle.decrypt({ name: 'AES-CBC', iv }, aesKey, toBytes(encrypted)),
    )
    if (readTopLevel(data)?.tag !== SEQUENCE) return { ok: false, problem: 'undecryptable' }
    return { ok: true, data }
  } catch {
    return { ok: false, problem: 'undecryptable' }
  }
}
