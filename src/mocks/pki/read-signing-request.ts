// reflect-metadata must load before @peculiar/x509 (its DI container throws at import time otherwise).
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import './web-crypto'
import { classifyDer } from './classify-der'
import { fromBase64, toBytes } from './encoding'
import { MAX_UPLOAD_BYTES, PRIVATE_KEY_PEM } from './parse-upload'
import { rejectSignRequest, type SignRequestRejection } from './sign-request-rejection'

const REQUEST_PEM =
  /-----BEGIN (NEW )?CERTIFICATE REQUEST-----([\s\S]*?)-----END (NEW )?CERTIFICATE REQUEST-----/
const ANY_PEM = /-----BEGIN [^-\r\n]+-----([\s\S]*?)-----END [^-\r\n]+-----/

/**
 * Reads a PKCS #10 request uploaded as PEM (also openssl's older "NEW CERTIFICATE REQUEST"), Base-64 or DER and
 * checks its self-signature: a request changed after it was made (another subject, another key) does not verify.
 */
export async function readSigningRequest(
  upload: Uint8Array,
): Promise<{ ok: true; request: x509.Pkcs10CertificateRequest } | SignRequestRejection> {
  if (upload.length === 0) return rejectSignRequest('empty')
  if (upload.length > MAX_UPLOAD_BYTES) {
    return rejectSignRequest(
      'too-large',
      ` (${(upload.length / 1048576).toFixed(1)} MiB; at most 1 MiB)`,
    )
  }
  // Latin-1 maps every byte to one character, so PEM markers are found even in binary or mixed files.
  const text = new TextDecoder('latin1').decode(upload)
  if (PRIVATE_KEY_PEM.test(text)) return rejectSignRequest('private-key')
  const pem = REQUEST_PEM.exec(text)?.[2] ?? ANY_PEM.exec(text)?.[1]
  const der =
    pem !== undefined ? fromBase64(pem) : upload[0] === 0x30 ? toBytes(upload) : fromBase64(text)
  if (!der) return rejectSignRequest(pem !== undefined ? 'malformed-request' : 'not-a-request')
  const kind = classifyDer(der)
  if (kind === 'certificate' || kind === 'pkcs7-certificates')
    return rejectSignRequest('certificate-not-request')
  if (kind === 'private-key' || kind === 'encrypted-private-key' || kind === 'pkcs12') {
    return rejectSignRequest('private-key')
  }
  if (kind !== 'certificate-request') {
    return rejectSignRequest(REQUEST_PEM.test(text) ? 'malformed-request' : 'not-a-request')
  }
  let request: x509.Pkcs10CertificateRequest
  try {
    request = new x509.Pkcs10CertificateRequest(der)
  } catch {
    return rejectSignRequest('malformed-request')
  }
  // The library throws on a signature algorithm it cannot check: that request cannot be trusted either.
  const verified = await request.verify().catch(() => false)
  return verified ? { ok: true, request } : rejectSignRequest('request-signature-invalid')
}
