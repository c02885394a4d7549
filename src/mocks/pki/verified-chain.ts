// reflect-metadata must load before @peculiar/x509 (its DI container throws at import time otherwise).
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { webCrypto } from './web-crypto'
import { describeCertificate } from './certificate-material'
import { readName } from './distinguished-name'

/** One CA certificate of a verified chain. Dates are UTC calendar days (YYYY-MM-DD) as in CertificateMaterial. */
export interface ChainLink {
  fingerprintSha256: string
  subject: string
  validFrom: string
  validTo: string
}

/** Where the walk stopped: `issuer` is the DN text (as DistinguishedName.text) it could not continue to. */
export interface ChainBreak {
  reason: 'issuer-not-found' | 'signature-invalid'
  issuer: string
}

/** Longer paths than this end in a break: no real PKI (SAP's has one intermediate) comes near it. */
const MAX_LINKS = 8

interface CaCandidate {
  certificate: x509.X509Certificate
  subject: string
  der: string
}

/**
 * Walks up from a certificate through the given CA certificates, checking every signature for real, until a
 * self-signed certificate whose self-signature verifies. `chain` lists the verified CA certificates, issuing CA
 * first, root last (empty when the certificate is self-signed); `chainBreak` says why the walk stopped short.
 * Validity is not checked: the caller judges each link's dates on its own (simulated) day.
 */
export async function verifiedChain(
  certificatePem: string,
  caPems: readonly string[],
): Promise<{ chain: ChainLink[]; chainBreak?: ChainBreak }> {
  const candidates = caPems.map(toCandidate).filter(isCa)
  let current = new x509.X509Certificate(certificatePem)
  // A certificate already on the path is never a candidate again: this ends cross-signed loops.
  const onPath = new Set([current.toString('base64')])
  const chain: ChainLink[] = []
  while (!(await isSelfSigned(current))) {
    const issuer = readName(current.issuerName).text
    const named = candidates.filter((ca) => ca.subject === issuer && !onPath.has(ca.der))
    if (named.length === 0 || chain.length === MAX_LINKS) {
      return { chain, chainBreak: { reason: 'issuer-not-found', issuer } }
    }
    const next = await firstSigner(current, named)
    if (!next) return { chain, chainBreak: { reason: 'signature-invalid', issuer } }
    chain.push(await toLink(next.certificate))
    onPath.add(next.der)
    current = next.certificate
  }
  return { chain }
}

function toCandidate(pem: string): CaCandidate {
  const certificate = new x509.X509Certificate(pem)
  return {
    certificate,
    subject: readName(certificate.subjectName).text,
    der: certificate.toString('base64'),
  }
}

function isCa(candidate: CaCandidate): boolean {
  return candidate.certificate.getExtension(x509.BasicConstraintsExtension)?.ca === true
}

// Same name as its issuer is not enough: a look-alike root with another key must not end the walk as trusted.
async function isSelfSigned(certificate: x509.X509Certificate): Promise<boolean> {
  return (
    readName(certificate.subjectName).text === readName(certificate.issuerName).text &&
    (await signedBy(certificate, certificate))
  )
}

// The first that verifies, in the given order: same-named CAs with one key (a re-issued CA) verify alike, and
// the caller judges the dates of the one taken.
async function firstSigner(
  certificate: x509.X509Certificate,
  named: readonly CaCandidate[],
): Promise<CaCandidate | undefined> {
  for (const candidate of named) {
    if (await signedBy(certificate, candidate.certificate)) return candidate
  }
  return undefined
}

async function signedBy(
  certificate: x509.X509Certificate,
  issuer: x509.X509Certificate,
): Promise<boolean> {
  try {
    return await certificate.verify({ publicKey: issuer, signatureOnly: true }, webCrypto)
  } catch {
    return false // the library throws on a signature format it cannot convert: no signer then
  }
}

async function toLink(certificate: x509.X509Certificate): Promise<ChainLink> {
  const material = await describeCertificate(certificate)
  return {
    fingerprintSha256: material.fingerprintSha256,
    subject: material.subject.text,
    validFrom: material.validFrom,
    validTo: material.validTo,
  }
}
