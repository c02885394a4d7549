// reflect-metadata must load before @peculiar/x509 (its DI container throws at import time otherwise).
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { webCrypto } from './web-crypto'
import { describeCertificate } from './certificate-material'
import { readName } from './distinguished-name'
import { BoundedMemo } from './bounded-memo'

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

interface Parsed {
  certificate: x509.X509Certificate
  /** Base64 DER: the certificate's identity. */
  der: string
  subject: string
  issuer: string
  isCa: boolean
}

// Parsing (~1.5 ms) and an RSA check (~1 ms) dominate a walk; the same few CA certificates recur in every trust
// store and every check, so both are remembered (certificates never change).
const parsed = new BoundedMemo<Parsed>(500)
const signatures = new BoundedMemo<Promise<boolean>>(1000)
const links = new BoundedMemo<Promise<ChainLink>>(500)

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
  const candidates = caPems.map(parse).filter((candidate) => candidate.isCa)
  let current = parse(certificatePem)
  // A certificate already on the path is never a candidate again: this ends cross-signed loops.
  const onPath = new Set([current.der])
  const chain: ChainLink[] = []
  while (!(await isSelfSigned(current))) {
    const { issuer } = current
    const named = candidates.filter((ca) => ca.subject === issuer && !onPath.has(ca.der))
    if (named.length === 0 || chain.length === MAX_LINKS) {
      return { chain, chainBreak: { reason: 'issuer-not-found', issuer } }
    }
    const next = await firstSigner(current, named)
    if (!next) return { chain, chainBreak: { reason: 'signature-invalid', issuer } }
    chain.push(await links.get(next.der, () => toLink(next.certificate)))
    onPath.add(next.der)
    current = next
  }
  return { chain }
}

function parse(pem: string): Parsed {
  return parsed.get(pem, () => {
    const certificate = new x509.X509Certificate(pem)
    return {
      certificate,
      der: certificate.toString('base64'),
      subject: readName(certificate.subjectName).text,
      issuer: readName(certificate.issuerName).text,
      isCa: certificate.getExtension(x509.BasicConstraintsExtension)?.ca === true,
    }
  })
}

// Same name as its issuer is not enough: a look-alike root with another key must not end the walk as trusted.
async function isSelfSigned(certificate: Parsed): Promise<boolean> {
  return certificate.subject === certificate.issuer && (await signedBy(certificate, certificate))
}

// The first that verifies, in the given order: same-named CAs with one key (a re-issued CA) verify alike, and
// the caller judges the dates of the one taken.
async function firstSigner(
  certificate: Parsed,
  named: readonly Parsed[],
): Promise<Parsed | undefined> {
  for (const candidate of named) {
    if (await signedBy(certificate, candidate)) return candidate
  }
  return undefined
}

function signedBy(certificate: Parsed, issuer: Parsed): Promise<boolean> {
  return signatures.get(`${certificate.der} ${issuer.der}`, async () => {
    try {
      const publicKey = issuer.certificate
      return await certificate.certificate.verify({ publicKey, signatureOnly: true }, webCrypto)
    } catch {
      return false // the library throws on a signature format it cannot convert: no signer then
    }
  })
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
