// reflect-metadata must be evaluated before @peculiar/x509: its DI container (tsyringe) throws at import time otherwise.
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { fromBase64 } from './encoding'
import { starterKeys } from './starter-keys'

/** The WebCrypto implementation used for every PKI operation (browser and Node 20 alike). */
export const webCrypto: Crypto = globalThis.crypto

// Set once so library calls that take no explicit provider (parsing, thumbprints) use the same one.
x509.cryptoProvider.set(webCrypto)

/** RSA-2048 / SHA-256 as issued by the simulated SAP CA (RSASSA-PKCS1-v1_5 = sha256WithRSAEncryption). */
export const RSA_SHA256: RsaHashedKeyGenParams = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
}

/**
 * A new RSA-2048 key pair whose private key is non-extractable (it can sign, never be exported): one
 * of the page's starter keys while any is left, then a generated one.
 */
export async function generateRsaKeyPair(): Promise<CryptoKeyPair> {
  return (await takeStarterKeyPair(false)) ?? webCrypto.subtle.generateKey(RSA_SHA256, false, ['sign', 'verify'])
}

let starterKeysTaken = 0

/**
 * The next starter key pair of this page (or process), each handed out once, so no two certificates
 * of a landscape share a key. Generating RSA-2048 is a random prime search (~0.1–0.3 s a pair,
 * seconds on a busy machine); the first scenario a page builds needs about five pairs, and every
 * start of the app with a `?scenario=` link, every reset and every test builds one. Importing a pair
 * takes about a millisecond. docs/decisions/012-starter-keys.md says why shipping them is safe here.
 */
async function takeStarterKeyPair(extractable: boolean): Promise<CryptoKeyPair | undefined> {
  const starter = starterKeys[starterKeysTaken]
  if (!starter) return undefined
  starterKeysTaken++
  const [privateKey, publicKey] = await Promise.all([
    webCrypto.subtle.importKey('pkcs8', fromBase64(starter.pkcs8)!, RSA_SHA256, extractable, ['sign']),
    // Public keys are always extractable, as generateKey makes them.
    webCrypto.subtle.importKey('spki', fromBase64(starter.spki)!, RSA_SHA256, true, ['verify']),
  ])
  return { privateKey, publicKey }
}

let caKeyExportable = false

/**
 * For a host that must keep the CA's signing key across restarts without structured clone (the lab
 * server seals it with AES-GCM into PostgreSQL): from now on, new CA keys can be exported. The browser
 * never calls this, so its CA keys stay non-extractable. Call once, before any CA is made.
 */
export function allowCaKeyExport(): void {
  caKeyExportable = true
}

/** The key pair of a CA that signs certificates: non-extractable unless the host allowed export. */
export async function generateCaKeyPair(): Promise<CryptoKeyPair> {
  return (
    (await takeStarterKeyPair(caKeyExportable)) ??
    webCrypto.subtle.generateKey(RSA_SHA256, caKeyExportable, ['sign', 'verify'])
  )
}
