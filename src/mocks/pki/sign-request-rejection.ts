/** Why the simulated customer CA refused to sign a request; each code has one precise message. */
export type SignRequestRejectionCode =
  | 'empty'
  | 'too-large'
  | 'private-key'
  | 'certificate-not-request'
  | 'not-a-request'
  | 'malformed-request'
  | 'request-signature-invalid'
  | 'empty-subject'
  | 'unsupported-key'
  | 'ca-not-valid'

export interface SignRequestRejection {
  ok: false
  code: SignRequestRejectionCode
  /** A sentence an administrator can act on. */
  reason: string
}

const EXPECTED =
  'Upload the certificate signing request (.csr or .pem, "BEGIN CERTIFICATE REQUEST").'

/** Builds a rejection; `detail` completes the message as each code's comment says. */
export function rejectSignRequest(
  code: SignRequestRejectionCode,
  detail = '',
): SignRequestRejection {
  const messages: Record<SignRequestRejectionCode, string> = {
    empty: `The uploaded file is empty. ${EXPECTED}`,
    // detail: " (2.3 MiB; at most 1 MiB)"
    'too-large': `The uploaded file is too large${detail}. ${EXPECTED}`,
    'private-key': `The file contains a private key. A CA never needs it, and it should not leave the system it belongs to. ${EXPECTED}`,
    'certificate-not-request': `The file is a certificate, not a signing request: it has been signed already. ${EXPECTED}`,
    'not-a-request': `The file is not a certificate signing request. ${EXPECTED}`,
    'malformed-request': `The signing request is damaged: its content cannot be read. Download it again and upload the new file.`,
    'request-signature-invalid':
      "The signing request's signature does not verify: the request was changed after it was created, or it is damaged. Download it again from the system that created it.",
    'empty-subject':
      'The signing request has no subject. Create a request with at least a common name (CN).',
    // detail: the key type, e.g. " (Ed25519)"
    'unsupported-key': `The signing request is for a key type the simulated CA does not sign${detail}. Use an RSA or EC (P-256, P-384, P-521) key.`,
    // detail: " (valid from 2027-01-01 to 2047-01-01; the simulated day is 2050-03-01)"
    'ca-not-valid': `The Customer Root CA (simulated) is not valid on the simulated day${detail}, so it cannot sign. Create a new customer CA.`,
  }
  return { ok: false, code, reason: messages[code] }
}
