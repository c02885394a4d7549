// Object identifiers a PKCS #12 file names, with the names OpenSSL prints for them (`openssl pkcs12 -info`).

/** Digest algorithm OIDs (MAC, PBKDF2 PRF) → WebCrypto digest names. */
export const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
}

/** PBKDF2 PRFs (RFC 8018 B.1.2) → WebCrypto digest names; hmacWithSHA1 is the default when none is given. */
export const HMAC_PRFS: Record<string, string> = {
  '1.2.840.113549.2.7': 'SHA-1',
  '1.2.840.113549.2.9': 'SHA-256',
  '1.2.840.113549.2.10': 'SHA-384',
  '1.2.840.113549.2.11': 'SHA-512',
}
export const HMAC_WITH_SHA1 = '1.2.840.113549.2.7'

/** PBES2 encryption schemes WebCrypto can run: AES-CBC with a 16-byte IV. */
export const AES_CBC: Record<string, { name: string; bytes: number }> = {
  '2.16.840.1.101.3.4.1.2': { name: 'AES-128-CBC', bytes: 16 },
  '2.16.840.1.101.3.4.1.22': { name: 'AES-192-CBC', bytes: 24 },
  '2.16.840.1.101.3.4.1.42': { name: 'AES-256-CBC', bytes: 32 },
}

export const OID = {
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  envelopedData: '1.2.840.113549.1.7.3',
  encryptedData: '1.2.840.113549.1.7.6',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  safeContentsBag: '1.2.840.113549.1.12.10.1.6',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecPublicKey: '1.2.840.10045.2.1',
}

// Names for the refusal of algorithms this simulation cannot decrypt: the legacy PKCS #12 PBEs (what
// `openssl pkcs12 -export -legacy` and older Windows exports write), PBES1, and PBES2 ciphers other than AES.
const NAMES: Record<string, string> = {
  '1.2.840.113549.1.12.1.1': 'pbeWithSHA1And128BitRC4',
  '1.2.840.113549.1.12.1.2': 'pbeWithSHA1And40BitRC4',
  '1.2.840.113549.1.12.1.3': 'pbeWithSHA1And3-KeyTripleDES-CBC',
  '1.2.840.113549.1.12.1.4': 'pbeWithSHA1And2-KeyTripleDES-CBC',
  '1.2.840.113549.1.12.1.5': 'pbeWithSHA1And128BitRC2-CBC',
  '1.2.840.113549.1.12.1.6': 'pbeWithSHA1And40BitRC2-CBC',
  '1.2.840.113549.1.5.3': 'pbeWithMD5AndDES-CBC',
  '1.2.840.113549.1.5.10': 'pbeWithSHA1AndDES-CBC',
  '1.2.840.113549.3.7': 'DES-EDE3-CBC',
  '1.3.14.3.2.7': 'DES-CBC',
  '1.2.840.113549.3.2': 'RC2-CBC',
  '1.2.840.113549.2.8': 'hmacWithSHA224',
  '2.16.840.1.101.3.4.2.4': 'SHA-224',
  '1.2.840.113549.1.5.14': 'PBMAC1',
  '1.3.6.1.4.1.11591.4.11': 'scrypt',
}

/** "name (OID)" for a message, or the OID alone when it has no name here. */
export function algorithmName(oid: string): string {
  const name = NAMES[oid] ?? AES_CBC[oid]?.name
  return name ? `${name} (${oid})` : oid
}
