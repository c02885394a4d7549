import { describeValidityProblem, type ValidityProblem } from './validity-on-day'

/** Why a PKCS #12 upload was refused; each code has one precise message. */
export type Pkcs12RejectionCode =
  | 'empty'
  | 'too-large'
  | 'not-pkcs12'
  | 'wrong-password'
  | 'damaged'
  | 'unsupported-encryption'
  | 'several-keys'
  | 'no-key'
  | 'no-certificate'
  | 'unsupported-key'
  | 'key-certificate-mismatch'
  | 'expired'
  | 'not-yet-valid'
  | 'chain-does-not-link'
  | 'chain-signature-invalid'

export interface Pkcs12Rejection {
  ok: false
  code: Pkcs12RejectionCode
  /** A sentence an administrator can act on; it never quotes key material. */
  reason: string
}

const REEXPORT =
  'Export it again with OpenSSL 3 defaults (AES-256-CBC, SHA-256 MAC): openssl pkcs12 -export -inkey key.pem -in certificate.pem -out new.p12'

/** Builds a rejection; `detail` completes the message as each code's comment says. */
export function rejectPkcs12(code: Pkcs12RejectionCode, detail = ''): Pkcs12Rejection {
  const messages: Record<Pkcs12RejectionCode, string> = {
    empty: 'The uploaded file is empty. Upload a PKCS #12 key store (.p12 or .pfx).',
    // detail: " (2.3 MiB; at most 1 MiB)"
    'too-large': `The uploaded file is too large${detail}. A PKCS #12 file with one key and its chain is a few kilobytes.`,
    'not-pkcs12':
      'The file is not a PKCS #12 key store (.p12 or .pfx). To upload a certificate issued for a signing request, use Upload Signed Certificate.',
    'wrong-password':
      'The password is wrong: the file cannot be opened with it. Enter the password the file was exported with.',
    damaged:
      'The password is right, but the file is damaged: its contents cannot be read. Export the key store again and upload the new file.',
    // detail: the algorithm, e.g. "pbeWithSHA1And40BitRC2-CBC (1.2.840.113549.1.12.1.6)"
    'unsupported-encryption': `The file is protected with ${detail}, which this simulation cannot open (its WebCrypto has no 3DES, RC2 or RC4, the algorithms of older and \`-legacy\` exports). ${REEXPORT}`,
    // detail: the number of keys
    'several-keys': `The file holds ${detail} private keys. A client certificate has one key: export the key store with only that key and its certificate.`,
    'no-key':
      'The file holds no private key (it was exported with certificates only). Export it again with the private key, or create a signing request instead.',
    'no-certificate':
      'The file holds a private key but no certificate. Export it again with the certificate issued for that key.',
    // detail: the key algorithm, e.g. "Ed25519 (1.3.101.112)"
    'unsupported-key': `The private key is of a type this simulation cannot use${detail}. Use an RSA or EC (P-256, P-384, P-521) key.`,
    'key-certificate-mismatch':
      'The private key does not belong to any certificate in the file. Export the key store again with the certificate issued for this key.',
    // The validity codes carry their whole sentence in `detail` (see rejectPkcs12Validity).
    expired: detail,
    'not-yet-valid': detail,
    // detail: the quoted subject of the certificate
    'chain-does-not-link': `The certificates in the file do not form one chain: ${detail} is not a CA above the client certificate. Export the key store with the certificate's own chain only.`,
    'chain-signature-invalid': `The chain is broken: the certificate issued by ${detail} does not carry a valid signature of that CA. Export the key store again.`,
  }
  return { ok: false, code, reason: messages[code] }
}

export function rejectPkcs12Validity(problem: ValidityProblem): Pkcs12Rejection {
  return { ok: false, code: problem.code, reason: describeValidityProblem(problem) }
}
