// reflect-metadata must load before @peculiar/x509 (its DI container throws at import time otherwise).
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { MAX_UPLOAD_BYTES, toParsedCertificate, type ParsedCertificate } from './parse-upload'
import { openPfx } from './pkcs12-contents'
import { importPrivateKey } from './pkcs12-key'
import { keyMatchesCertificate } from './key-matches-certificate'
import { publicKeyFingerprint } from './public-key-fingerprint'
import { orderUploadedChain } from './uploaded-chain'
import { validityProblem } from './validity-on-day'
import { rejectPkcs12, rejectPkcs12Validity, type Pkcs12Rejection } from './pkcs12-rejection'

export type { Pkcs12Rejection, Pkcs12RejectionCode } from './pkcs12-rejection'

/** A client certificate and its key, imported from a PKCS #12 file. */
export interface ImportedPkcs12 {
  ok: true
  /** The certificate for the file's key. */
  certificate: ParsedCertificate
  /** The file's other certificates, verified: issuing CA first, root last; empty when it held only the leaf. */
  chain: ParsedCertificate[]
  /** Non-extractable, usage `sign`: it never leaves the backend again. */
  privateKey: CryptoKey
  /** Lowercase hex SHA-256 of the certificate's SubjectPublicKeyInfo (as a signing request's publicKeySha256). */
  publicKeySha256: string
}

/**
 * Imports a PKCS #12 (.p12/.pfx) file as OpenSSL 3 exports it by default (PBES2/PBKDF2/AES-CBC, HMAC-SHA-256 or
 * SHA-1 MAC): exactly one private key, the certificate for it, valid on `today` (YYYY-MM-DD, the simulated day),
 * and optionally that certificate's CAs. Refuses with a reason an administrator can act on otherwise.
 */
export async function importPkcs12(
  file: Uint8Array,
  password: string,
  today: string,
): Promise<ImportedPkcs12 | Pkcs12Rejection> {
  if (file.length === 0) return rejectPkcs12('empty')
  if (file.length > MAX_UPLOAD_BYTES) {
    return rejectPkcs12('too-large', ` (${(file.length / 1048576).toFixed(1)} MiB; at most 1 MiB)`)
  }
  const contents = await openPfx(file, password)
  if (!contents.ok) {
    return contents.problem === 'unsupported'
      ? rejectPkcs12('unsupported-encryption', contents.algorithm)
      : rejectPkcs12(contents.problem)
  }
  try {
    const [pkcs8, ...moreKeys] = contents.keys
    if (moreKeys.length > 0) return rejectPkcs12('several-keys', String(contents.keys.length))
    if (!pkcs8) return rejectPkcs12('no-key')
    if (contents.certificates.length === 0) return rejectPkcs12('no-certificate')
    const imported = await importPrivateKey(pkcs8)
    if (!imported.ok) return rejectPkcs12('unsupported-key', ` (${imported.keyType})`)
    return await withCertificates(contents.certificates, imported.privateKey, today)
  } finally {
    // Best effort: the plain PKCS #8 bytes are not kept longer than the import (JavaScript cannot promise more).
    for (const key of contents.keys) key.fill(0)
  }
}

async function withCertificates(
  ders: Uint8Array[],
  privateKey: CryptoKey,
  today: string,
): Promise<ImportedPkcs12 | Pkcs12Rejection> {
  let certificates: x509.X509Certificate[]
  try {
    certificates = ders.map((der) => new x509.X509Certificate(new Uint8Array(der)))
  } catch {
    return rejectPkcs12('damaged')
  }
  const leaf = await certificateForKey(certificates, privateKey)
  if (!leaf) return rejectPkcs12('key-certificate-mismatch')
  const certificate = await toParsedCertificate(leaf)
  const problem = validityProblem(certificate, today)
  if (problem) return rejectPkcs12Validity(problem)
  const others: ParsedCertificate[] = []
  for (const other of certificates) {
    const parsed = await toParsedCertificate(other)
    const seen = [certificate, ...others].some(
      (c) => c.fingerprintSha256 === parsed.fingerprintSha256,
    )
    if (!seen) others.push(parsed)
  }
  const chain = await orderUploadedChain(certificate, others)
  if (!chain.ok) return rejectPkcs12(chain.code, `"${chain.subject}"`)
  const publicKeySha256 = await publicKeyFingerprint(leaf.publicKey.rawData)
  return { ok: true, certificate, chain: chain.chain, privateKey, publicKeySha256 }
}

// The key's own certificate; a CA certificate for the same key (a re-issued self-signed one) only if no other.
async function certificateForKey(
  certificates: x509.X509Certificate[],
  privateKey: CryptoKey,
): Promise<x509.X509Certificate | undefined> {
  const isCa = (c: x509.X509Certificate) =>
    c.getExtension(x509.BasicConstraintsExtension)?.ca === true
  const ordered = [...certificates.filter((c) => !isCa(c)), ...certificates.filter(isCa)]
  for (const certificate of ordered) {
    if (await keyMatchesCertificate(privateKey, certificate)) return certificate
  }
  return undefined
}
