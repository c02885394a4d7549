// reflect-metadata must load before @peculiar/x509 (its DI container throws at import time otherwise).
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { RSA_SHA256, webCrypto } from './web-crypto'
import { readName, toX509Name } from './distinguished-name'
import { toPem } from './encoding'
import { publicKeyFingerprint } from './public-key-fingerprint'
import { normalizeSubject, subjectIssues, type SubjectInput } from './subject-input'

export { subjectIssues, normalizeSubject, type SubjectInput } from './subject-input'
export { publicKeyFingerprint } from './public-key-fingerprint'

/** A new signing request: the PEM to hand to a CA, and the key it was made with. */
export interface SigningRequest {
  /** PKCS #10, `-----BEGIN CERTIFICATE REQUEST-----`. */
  csrPem: string
  /** Lowercase hex SHA-256 of the request's SubjectPublicKeyInfo: the certificate issued for it has the same. */
  publicKeySha256: string
  /** Non-extractable: it can sign for the certificate once issued, never leave the backend. */
  privateKey: CryptoKey
  /** The subject as the rest of the code prints names, e.g. "CN=…, O=…, C=DE" (DistinguishedName.text). */
  subject: string
}

/**
 * Generates an RSA-2048 key pair and a SHA-256 PKCS #10 request for the subject (trimmed). Throws a RangeError when
 * subjectIssues finds anything: callers validate first and answer the user with those messages. A fresh key each
 * time, never one of the shipped starter keys: this key stands for the customer's own.
 */
export async function createSigningRequest(subject: SubjectInput): Promise<SigningRequest> {
  const issues = Object.values(subjectIssues(subject))
  if (issues.length > 0) throw new RangeError(issues.join(' '))
  const keys = await webCrypto.subtle.generateKey(RSA_SHA256, false, ['sign', 'verify'])
  const request = await x509.Pkcs10CertificateRequestGenerator.create(
    { name: toX509Name(normalizeSubject(subject)), keys, signingAlgorithm: RSA_SHA256 },
    webCrypto,
  )
  return {
    csrPem: toPem(new Uint8Array(request.rawData), 'CERTIFICATE REQUEST'),
    publicKeySha256: await publicKeyFingerprint(request.publicKey.rawData),
    privateKey: keys.privateKey,
    subject: readName(request.subjectName).text,
  }
}
