// reflect-metadata must load before @peculiar/x509 (its DI container throws at import time otherwise).
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { parseUpload, type ParsedCertificate } from './parse-upload'
import { publicKeyFingerprint } from './public-key-fingerprint'
import { orderUploadedChain } from './uploaded-chain'
import { validityProblem } from './validity-on-day'
import { reject, rejectValidity, type UploadRejection } from './upload-rejection'

/** The certificate a CA issued for a signing request, and the CA certificates uploaded with it. */
export interface AcceptedCertificate {
  ok: true
  certificate: ParsedCertificate
  /** The uploaded CA certificates, verified: issuing CA first, root last; empty when only the leaf came. */
  chain: ParsedCertificate[]
}

/**
 * Accepts the signed certificate for a signing request: PEM, DER, Base-64 or PKCS #7, the leaf alone or with its CA
 * certificates in any order. The leaf is the non-CA certificate for the request's key (`expectedPublicKeySha256`,
 * as publicKeyFingerprint gives it); it must be valid on `today` (YYYY-MM-DD, the simulated day), and every other
 * certificate in the file must be a CA on its verified path upward. Never accepts a private key (parseUpload).
 */
export async function acceptSignedCertificate(
  upload: Uint8Array,
  expectedPublicKeySha256: string,
  today: string,
): Promise<AcceptedCertificate | UploadRejection> {
  const parsed = await parseUpload(upload)
  if (!parsed.ok) return parsed
  const expected = expectedPublicKeySha256.replace(/:/g, '').toLowerCase()
  const withKeys = await Promise.all(
    parsed.certificates.map(async (certificate) => ({
      certificate,
      forRequest: (await keyFingerprintOf(certificate)) === expected,
    })),
  )
  const leaves = withKeys.filter((c) => c.forRequest && !c.certificate.isCa)
  const [leaf] = leaves
  if (!leaf) return noLeaf(withKeys)
  if (leaves.length > 1) return reject('several-certificates-for-key', String(leaves.length))
  const problem = validityProblem(leaf.certificate, today)
  if (problem) return rejectValidity(problem)

  const others = parsed.certificates.filter((c) => c !== leaf.certificate)
  const chain = await orderUploadedChain(leaf.certificate, others)
  if (!chain.ok) return reject(chain.code, `"${chain.subject}"`)
  return { ok: true, certificate: leaf.certificate, chain: chain.chain }
}

async function keyFingerprintOf(certificate: ParsedCertificate): Promise<string> {
  return publicKeyFingerprint(new x509.X509Certificate(certificate.pem).publicKey.rawData)
}

// No client certificate for the request's key: say whether the file held CA certificates only (or the request was
// signed as a CA), or a certificate for some other key.
function noLeaf(
  certificates: { certificate: ParsedCertificate; forRequest: boolean }[],
): UploadRejection {
  const other = certificates.find((c) => !c.certificate.isCa)
  const ca = certificates.find((c) => c.forRequest) ?? certificates[0]
  if (!other || certificates.some((c) => c.forRequest)) {
    return reject('ca-certificate', ca ? ` ("${ca.certificate.subject.text}")` : '')
  }
  return reject(
    'wrong-key',
    ` ("${other.certificate.subject.text}", serial ${other.certificate.serialNumber})`,
  )
}
