// reflect-metadata must be evaluated before @peculiar/x509: its DI container (tsyringe) throws at import time otherwise.
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'

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

/** Generates an RSA-2048 key pair whose private key is non-extractable (it can sign, never be exported). */
export async function generateRsaKeyPair(): Promise<CryptoKeyPair> {
  return webCrypto.subtle.generateKey(RSA_SHA256, false, ['sign', 'verify'])
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
  return webCrypto.subtle.generateKey(RSA_SHA256, caKeyExportable, ['sign', 'verify'])
}
