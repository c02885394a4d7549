import {
  readChildren,
  readOid,
  readSmallInteger,
  readTopLevel,
  type DerElement,
} from './der-reader'

/** What a DER structure is, judged by its shape alone (before any full parse). */
export type DerKind =
  | 'certificate'
  | 'pkcs7-certificates'
  | 'pkcs7-other'
  | 'pkcs12'
  | 'private-key'
  | 'encrypted-private-key'
  | 'certificate-request'
  | 'crl'
  | 'public-key'
  | 'unknown'

const OID_PKCS7_SIGNED_DATA = '1.2.840.113549.1.7.2'
const OID_PKCS7_DATA = '1.2.840.113549.1.7.1'
const TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  oid: 0x06,
  sequence: 0x30,
  context0: 0xa0,
}

/** Classifies DER bytes; 'unknown' also covers bytes that are not one well-formed DER element. */
export function classifyDer(bytes: Uint8Array): DerKind {
  const top = readTopLevel(bytes)
  const c = top?.tag === TAG.sequence ? readChildren(bytes, top) : null
  const [c0, c1, c2] = c ?? []
  if (!c || !c0) return 'unknown'
  const int = (e: DerElement | undefined) => (e ? readSmallInteger(bytes, e) : null)
  const startsWithOid = (e: DerElement | undefined) =>
    e?.tag === TAG.sequence && readChildren(bytes, e)?.[0]?.tag === TAG.oid

  if (c0.tag === TAG.oid) {
    const oid = readOid(bytes, c0)
    if (oid === OID_PKCS7_SIGNED_DATA) return 'pkcs7-certificates'
    return oid?.startsWith('1.2.840.113549.1.7.') ? 'pkcs7-other' : 'unknown'
  }
  // PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo, macData OPTIONAL }
  if (int(c0) === 3 && c1 && startsWithOid(c1)) {
    const inner = readChildren(bytes, c1)?.[0]
    const oid = inner && readOid(bytes, inner)
    if (oid === OID_PKCS7_DATA || oid === OID_PKCS7_SIGNED_DATA) return 'pkcs12'
  }
  // Certificate, CertificationRequest and CertificateList share { tbs SEQUENCE, AlgorithmIdentifier, BIT STRING }.
  if (c.length === 3 && c0.tag === TAG.sequence && startsWithOid(c1) && c2?.tag === TAG.bitString) {
    return classifySigned(bytes, c0)
  }
  // PKCS #8 PrivateKeyInfo / OneAsymmetricKey: { version 0|1, AlgorithmIdentifier, privateKey OCTET STRING, ... }
  if ((int(c0) === 0 || int(c0) === 1) && startsWithOid(c1) && c2?.tag === TAG.octetString)
    return 'private-key'
  // EncryptedPrivateKeyInfo: { encryptionAlgorithm, encryptedData OCTET STRING }
  if (c.length === 2 && startsWithOid(c0) && c1?.tag === TAG.octetString)
    return 'encrypted-private-key'
  // PKCS #1 RSAPrivateKey (9 INTEGERs) or OpenSSL's DSA key (6), both starting with version 0.
  if (int(c0) === 0 && c.length >= 6 && c.every((e) => e.tag === TAG.integer)) return 'private-key'
  // SEC 1 ECPrivateKey: { version 1, privateKey OCTET STRING, ... }
  if (int(c0) === 1 && c1?.tag === TAG.octetString) return 'private-key'
  // SubjectPublicKeyInfo, or PKCS #1 RSAPublicKey { modulus, exponent }.
  if (c.length === 2 && startsWithOid(c0) && c1?.tag === TAG.bitString) return 'public-key'
  if (c.length === 2 && c0.tag === TAG.integer && c1?.tag === TAG.integer) return 'public-key'
  return 'unknown'
}

function classifySigned(bytes: Uint8Array, tbs: DerElement): DerKind {
  const t = readChildren(bytes, tbs) ?? []
  // v2/v3 certificates start with an explicit [0] version.
  if (t[0]?.tag === TAG.context0) return 'certificate'
  // CRLs carry thisUpdate (UTCTime / GeneralizedTime) directly in the tbs; certificates nest times in Validity.
  if (t.some((e) => e.tag === 0x17 || e.tag === 0x18)) return 'crl'
  // CertificationRequestInfo: { version 0, subject, subjectPKInfo, [0] attributes }
  if (t.length === 4 && t[0]?.tag === TAG.integer && t[3]?.tag === TAG.context0)
    return 'certificate-request'
  // v1 certificate: serial, signature, issuer, validity, subject, subjectPublicKeyInfo.
  return t.length >= 6 && t[0]?.tag === TAG.integer ? 'certificate' : 'unknown'
}
