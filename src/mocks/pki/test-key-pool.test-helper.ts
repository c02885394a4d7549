// Test-only: the unit tests' RSA-2048 keys come from a pool made in advance (test-key-pool.json), not
// from a random prime search. Why, and what stays generated: docs/decisions/017-test-key-pool.md.
import { readFileSync } from 'node:fs'

const poolFile = new URL('./test-key-pool.json', import.meta.url)

/** The pool's private keys, base64 PKCS #8, in the order they are handed out. */
export function readTestKeyPool(): string[] {
  return (JSON.parse(readFileSync(poolFile, 'utf8')) as { pkcs8: string[] }).pkcs8
}
const installed = Symbol.for('rotation-lab.test-key-pool')

type Subtle = SubtleCrypto & { [installed]?: true }

/** What the product asks for everywhere (src/mocks/pki/web-crypto.ts's RSA_SHA256): nothing else is pooled. */
function isRsa2048Sha256(algorithm: AlgorithmIdentifier | RsaHashedKeyGenParams | EcKeyGenParams) {
  if (typeof algorithm === 'string' || algorithm.name !== 'RSASSA-PKCS1-v1_5') return false
  const { modulusLength, publicExponent, hash } = algorithm as RsaHashedKeyGenParams
  const hashName = typeof hash === 'string' ? hash : hash?.name
  return (
    modulusLength === 2048 &&
    hashName === 'SHA-256' &&
    publicExponent.length === 3 &&
    publicExponent.every((byte, i) => byte === [1, 0, 1][i])
  )
}

/** A generated pair's shape: the private key as asked, the public key always extractable. */
async function importPair(
  subtle: SubtleCrypto,
  pkcs8: string,
  extractable: boolean,
  usages: readonly KeyUsage[],
): Promise<CryptoKeyPair> {
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
  const der = Buffer.from(pkcs8, 'base64')
  const readable = await subtle.importKey('pkcs8', der, algorithm, true, ['sign'])
  const { kty, n, e } = await subtle.exportKey('jwk', readable)
  const [privateKey, publicKey] = await Promise.all([
    subtle.importKey(
      'pkcs8',
      der,
      algorithm,
      extractable,
      usages.filter((u) => u === 'sign'),
    ),
    subtle.importKey(
      'jwk',
      { kty, n, e },
      algorithm,
      true,
      usages.filter((u) => u === 'verify'),
    ),
  ])
  return { privateKey, publicKey }
}

/**
 * From now on, in this process, `crypto.subtle.generateKey` answers a request for an RSA-2048 / SHA-256
 * signing pair with the pool's next key — each key once, so two keys of a process never repeat — and
 * generates as before for anything else or once the pool is used up. Installed once per process.
 */
export function installTestKeyPool(subtle: Subtle = globalThis.crypto.subtle): void {
  if (subtle[installed]) return
  const pool = readTestKeyPool()
  let taken = 0
  const generate = subtle.generateKey.bind(subtle) as (
    ...args: Parameters<SubtleCrypto['generateKey']>
  ) => Promise<CryptoKeyPair | CryptoKey>
  const fromPool = (async (
    algorithm: RsaHashedKeyGenParams,
    extractable: boolean,
    usages: readonly KeyUsage[],
  ) => {
    const pkcs8 = isRsa2048Sha256(algorithm) ? pool[taken] : undefined
    if (pkcs8 === undefined) return generate(algorithm, extractable, usages as KeyUsage[])
    taken++
    return importPair(subtle, pkcs8, extractable, usages)
  }) as SubtleCrypto['generateKey']
  Object.defineProperty(subtle, 'generateKey', {
    value: fromPool,
    configurable: true,
    writable: true,
  })
  subtle[installed] = true
}
