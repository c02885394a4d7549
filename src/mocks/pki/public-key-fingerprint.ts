import { webCrypto } from './web-crypto'
import { toBytes } from './encoding'

/**
 * Lowercase hex SHA-256 of a SubjectPublicKeyInfo's DER: the one identity of a key pair that a signing request, the
 * certificate issued for it and a PKCS #12 file share (`openssl pkey -pubin -outform DER | sha256sum` prints the same).
 */
export async function publicKeyFingerprint(
  spkiDer: ArrayBuffer | ArrayBufferView,
): Promise<string> {
  const digest = new Uint8Array(await webCrypto.subtle.digest('SHA-256', toBytes(spkiDer)))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}
