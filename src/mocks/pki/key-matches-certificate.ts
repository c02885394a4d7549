// reflect-metadata must load before @peculiar/x509 (its DI container throws at import time otherwise).
import 'reflect-metadata'
import type * as x509 from '@peculiar/x509'
import { webCrypto } from './web-crypto'

const PROBE = new TextEncoder().encode('rotation-lab key check')

/**
 * Whether a private key belongs to a certificate's public key. A non-extractable key cannot be compared byte for
 * byte, so it signs a probe that the certificate's key must verify: this also proves the key can sign at all.
 */
export async function keyMatchesCertificate(
  privateKey: CryptoKey,
  certificate: x509.X509Certificate,
): Promise<boolean> {
  const algorithm = privateKey.algorithm as RsaHashedKeyAlgorithm | EcKeyAlgorithm
  const signing =
    algorithm.name === 'ECDSA' ? { name: 'ECDSA', hash: 'SHA-256' } : { name: algorithm.name }
  try {
    const publicKey = await certificate.publicKey.export(algorithm, ['verify'], webCrypto)
    const signature = await webCrypto.subtle.sign(signing, privateKey, PROBE)
    return await webCrypto.subtle.verify(signing, publicKey, signature, PROBE)
  } catch {
    return false // the certificate's key is of another type (RSA vs EC, another curve): no match
  }
}
