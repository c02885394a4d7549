import type { DerKind } from './classify-der'
import { describeValidityProblem, type ValidityProblem } from './validity-on-day'

/** Why an upload was refused; each code has one precise message. */
export type UploadRejectionCode =
  | 'empty'
  | 'too-large'
  | 'private-key'
  | 'certificate-request'
  | 'public-key'
  | 'crl'
  | 'truncated-pem'
  | 'malformed-certificate'
  | 'empty-pkcs7'
  | 'too-many-certificates'
  | 'unrecognized'
  // A signed certificate uploaded for a signing request:
  | 'wrong-key'
  | 'several-certificates-for-key'
  | 'ca-certificate'
  | 'expired'
  | 'not-yet-valid'
  | 'chain-does-not-link'
  | 'chain-signature-invalid'

export interface UploadRejection {
  ok: false
  code: UploadRejectionCode
  /** A sentence an administrator can act on. */
  reason: string
}

const SUPPORTED =
  'Upload a certificate as PEM (.pem), Base-64 (.crt), DER (.cer) or PKCS #7 (.p7b).'
const NEVER_KEYS =
  'Private keys are never accepted: the external system needs only the certificate. Export the certificate without its key and upload that.'

/** Builds a rejection; `where` names the PEM block for multi-block files. */
export function reject(code: UploadRejectionCode, detail = '', where = ''): UploadRejection {
  const at = where === '' ? '' : ` (${where})`
  const messages: Record<UploadRejectionCode, string> = {
    empty: `The uploaded file is empty. ${SUPPORTED}`,
    'too-large': `The uploaded file is too large${detail}. ${SUPPORTED}`,
    'private-key': `The file contains a private key${detail}${at}. ${NEVER_KEYS}`,
    'certificate-request': `The file is a certificate signing request (CSR)${at}, not a certificate. Upload the certificate that was issued for it.`,
    'public-key': `The file holds a bare public key${at}, not a certificate. ${SUPPORTED}`,
    crl: `The file is a certificate revocation list (CRL)${at}, not a certificate. ${SUPPORTED}`,
    'truncated-pem': `The file is cut off: ${detail} has no matching END line. Upload the complete file.`,
    'malformed-certificate': `The file is damaged${at}: ${detail}. Export the certificate again and upload the new file.`,
    'empty-pkcs7': `The PKCS #7 file${at} holds no certificates.`,
    'too-many-certificates': `The file holds more than ${detail} certificates. Upload only the certificates the external system should trust.`,
    unrecognized: `The file is not a certificate${detail}${at}. ${SUPPORTED}`,
    'wrong-key': `The certificate${detail} was issued for a different key than this signing request's; upload the certificate the CA issued for this request.`,
    'several-certificates-for-key': `The file holds ${detail} different certificates for this signing request's key. Upload only the one to use, with its CA certificates if you like.`,
    'ca-certificate': `The file holds a CA certificate${detail} (basic constraints CA:TRUE), not the client certificate issued for this signing request. Upload the client certificate; its CA certificates may follow it in the same file.`,
    // The validity codes carry their whole sentence in `detail` (see rejectValidity).
    expired: detail,
    'not-yet-valid': detail,
    'chain-does-not-link': `The certificates in the file do not form one chain: ${detail} is not a CA above the uploaded certificate. Upload the certificate with its own issuing CA certificates only.`,
    'chain-signature-invalid': `The chain is broken: the certificate issued by ${detail} does not carry a valid signature of that CA. Export the chain again from the CA.`,
  }
  return { ok: false, code, reason: messages[code] }
}

/** The rejection for a DER structure that is not something we accept. */
export function rejectKind(kind: DerKind, where = ''): UploadRejection {
  switch (kind) {
    case 'pkcs12':
      return reject('private-key', ' (a PKCS #12 / .pfx / .p12 key store)', where)
    case 'private-key':
      return reject('private-key', ' (PKCS #8, PKCS #1 or SEC 1)', where)
    case 'encrypted-private-key':
      return reject('private-key', ' (an encrypted PKCS #8 key)', where)
    case 'certificate-request':
      return reject('certificate-request', '', where)
    case 'public-key':
      return reject('public-key', '', where)
    case 'crl':
      return reject('crl', '', where)
    case 'pkcs7-other':
      return reject(
        'unrecognized',
        ': it is a PKCS #7 structure that carries no certificates list (e.g. encrypted or plain data)',
        where,
      )
    default:
      return reject('unrecognized', '', where)
  }
}

/** The rejection for a certificate that is not valid on the simulated day. */
export function rejectValidity(problem: ValidityProblem): UploadRejection {
  return { ok: false, code: problem.code, reason: describeValidityProblem(problem) }
}
