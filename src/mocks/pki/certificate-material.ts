// reflect-metadata must load before @peculiar/x509 (its DI container throws at import time otherwise).
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { webCrypto } from './web-crypto'
import { readName, type DistinguishedName } from './distinguished-name'
import { toColonHex, toBytes } from './encoding'
import { toIsoDate } from './dates'
import { integerBitLength, readChildren, readElement, readOid, readTopLevel } from './der-reader'

/** What the API shows about a certificate; plain JSON, read back from the encoded certificate itself. */
export interface CertificateMaterial {
  /** SHA-256 of the DER encoding, uppercase hex with colons (as `openssl x509 -fingerprint -sha256`). */
  fingerprintSha256: string
  fingerprintSha1: string
  /** Uppercase hex without colons or sign padding (as `openssl x509 -serial`). */
  serialNumber: string
  subject: DistinguishedName
  issuer: DistinguishedName
  /** OpenSSL's name, e.g. "sha256WithRSAEncryption". */
  signatureAlgorithm: string
  /** Display form, e.g. "SHA-256 with RSA". */
  signatureAlgorithmDisplay: string
  /** e.g. "RSA 2048", "EC P-256". */
  publicKeyAlgorithm: string
  /** UTC calendar dates of notBefore / notAfter. */
  validFrom: string
  validTo: string
  /** Exact instants (ISO 8601), for the domain's validity check on a date. */
  notBefore: string
  notAfter: string
  isCa: boolean
}

const SIGNATURE_ALGORITHMS: Record<string, [string, string]> = {
  '1.2.840.113549.1.1.5': ['sha1WithRSAEncryption', 'SHA-1 with RSA'],
  '1.2.840.113549.1.1.11': ['sha256WithRSAEncryption', 'SHA-256 with RSA'],
  '1.2.840.113549.1.1.12': ['sha384WithRSAEncryption', 'SHA-384 with RSA'],
  '1.2.840.113549.1.1.13': ['sha512WithRSAEncryption', 'SHA-512 with RSA'],
  '1.2.840.113549.1.1.10': ['rsassaPss', 'RSASSA-PSS'],
  '1.2.840.10045.4.3.2': ['ecdsa-with-SHA256', 'SHA-256 with ECDSA'],
  '1.2.840.10045.4.3.3': ['ecdsa-with-SHA384', 'SHA-384 with ECDSA'],
  '1.2.840.10045.4.3.4': ['ecdsa-with-SHA512', 'SHA-512 with ECDSA'],
  '1.3.101.112': ['ED25519', 'Ed25519'],
}

const CURVES: Record<string, string> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
}

/** Describes a parsed certificate: fingerprints, names, serial, algorithms and validity. */
export async function describeCertificate(
  certificate: x509.X509Certificate,
): Promise<CertificateMaterial> {
  const der = toBytes(certificate.rawData)
  const [sha256, sha1] = await Promise.all([
    webCrypto.subtle.digest('SHA-256', der),
    webCrypto.subtle.digest('SHA-1', der),
  ])
  const [signatureAlgorithm, signatureAlgorithmDisplay] = signatureAlgorithmOf(der)
  return {
    fingerprintSha256: toColonHex(new Uint8Array(sha256)),
    fingerprintSha1: toColonHex(new Uint8Array(sha1)),
    serialNumber: certificate.serialNumber.toUpperCase(),
    subject: readName(certificate.subjectName),
    issuer: readName(certificate.issuerName),
    signatureAlgorithm,
    signatureAlgorithmDisplay,
    publicKeyAlgorithm: publicKeyAlgorithmOf(toBytes(certificate.publicKey.rawData)),
    validFrom: toIsoDate(certificate.notBefore),
    validTo: toIsoDate(certificate.notAfter),
    notBefore: certificate.notBefore.toISOString(),
    notAfter: certificate.notAfter.toISOString(),
    isCa: certificate.getExtension(x509.BasicConstraintsExtension)?.ca ?? false,
  }
}

// Read from the outer AlgorithmIdentifier so an unknown algorithm in an upload degrades to its OID.
function signatureAlgorithmOf(der: Uint8Array): [string, string] {
  const top = readTopLevel(der)
  const algorithm = top && readChildren(der, top)?.[1]
  const oidElement = algorithm && readChildren(der, algorithm)?.[0]
  const oid = (oidElement && readOid(der, oidElement)) ?? 'unknown'
  return SIGNATURE_ALGORITHMS[oid] ?? [oid, oid]
}

function publicKeyAlgorithmOf(spki: Uint8Array): string {
  const top = readTopLevel(spki)
  const [algorithm, keyBits] = (top && readChildren(spki, top)) ?? []
  const [oidElement, parameters] = (algorithm && readChildren(spki, algorithm)) ?? []
  const oid = oidElement && readOid(spki, oidElement)
  if (oid === '1.2.840.113549.1.1.1' && keyBits?.tag === 0x03) {
    // BIT STRING content: one "unused bits" byte, then RSAPublicKey ::= SEQUENCE { modulus, exponent }.
    const rsaKey = readElement(spki, keyBits.contentStart + 1, keyBits.contentEnd)
    const modulus = rsaKey && readChildren(spki, rsaKey)?.[0]
    return modulus ? `RSA ${integerBitLength(spki, modulus)}` : 'RSA'
  }
  if (oid === '1.2.840.10045.2.1') {
    const curve = parameters && readOid(spki, parameters)
    return `EC ${(curve && CURVES[curve]) ?? curve ?? ''}`.trim()
  }
  if (oid === '1.3.101.112') return 'Ed25519'
  return oid ?? 'unknown'
}
