// reflect-metadata must load before @peculiar/x509 (its DI container throws at import time otherwise).
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import './web-crypto'
import { classifyDer } from './classify-der'
import { describeCertificate, type CertificateMaterial } from './certificate-material'
import { fromBase64, toBytes, toPem } from './encoding'
import { reject, rejectKind, type UploadRejection } from './upload-rejection'

/** A certificate found in an upload: its description plus a clean PEM for the trust store. */
export interface ParsedCertificate extends CertificateMaterial {
  pem: string
}

export type UploadFormat = 'pem' | 'base64' | 'der' | 'pkcs7'
export type UploadResult =
  { ok: true; format: UploadFormat; certificates: ParsedCertificate[] } | UploadRejection

export const MAX_UPLOAD_BYTES = 1024 * 1024
export const MAX_CERTIFICATES_PER_UPLOAD = 50

// Any PEM-style private key: PRIVATE KEY, RSA/EC/DSA/ENCRYPTED/OPENSSH PRIVATE KEY, PGP PRIVATE KEY BLOCK.
export const PRIVATE_KEY_PEM = /-----BEGIN [^-\r\n]*PRIVATE KEY[^-\r\n]*-----/i
const PEM_BEGIN = /-----BEGIN ([^-\r\n]+)-----/g
const CERTIFICATE_LABELS = /^(X509 )?CERTIFICATE$|^PKCS7$|^CMS$|^PKCS #7 SIGNED DATA$/

type Step = { ok: true; certificates: x509.X509Certificate[]; pkcs7: boolean } | UploadRejection

/** Parses an upload to a trust store (the raw request body): PEM, Base-64, DER or PKCS #7; never a private key. */
export async function parseUpload(upload: Uint8Array): Promise<UploadResult> {
  const body = toBytes(upload)
  if (body.length === 0) return reject('empty')
  if (body.length > MAX_UPLOAD_BYTES) {
    return reject('too-large', ` (${(body.length / 1048576).toFixed(1)} MiB; at most 1 MiB)`)
  }
  // Latin-1 maps every byte to one character, so the key marker is found even inside binary or mixed files.
  const text = new TextDecoder('latin1').decode(body).replace(/^\u00ef\u00bb\u00bf/, '')
  if (PRIVATE_KEY_PEM.test(text))
    return reject('private-key', ` ("${PRIVATE_KEY_PEM.exec(text)?.[0] ?? ''}")`)

  let format: UploadFormat
  let step: Step
  if (body[0] === 0x30 && classifyDer(body) !== 'unknown') {
    step = fromDer(body, '')
    format = 'der'
  } else if (text.includes('-----BEGIN ')) {
    step = fromPem(text)
    format = 'pem'
  } else {
    const der = fromBase64(text)
    // A SEQUENCE that is not base64 is DER that failed to classify (truncated, corrupt): let fromDer say so.
    if (!der && body[0] !== 0x30)
      return reject('unrecognized', ': it is neither PEM, Base-64 nor DER')
    step = fromDer(der ?? body, '')
    format = der ? 'base64' : 'der'
  }
  if (!step.ok) return step
  if (step.pkcs7 && format === 'der') format = 'pkcs7'
  if (step.certificates.length > MAX_CERTIFICATES_PER_UPLOAD) {
    return reject('too-many-certificates', String(MAX_CERTIFICATES_PER_UPLOAD))
  }
  const certificates: ParsedCertificate[] = []
  for (const certificate of step.certificates) {
    const parsed = await toParsedCertificate(certificate)
    // The same certificate twice (e.g. a .p7b plus its PEM) counts once.
    if (certificates.some((c) => c.fingerprintSha256 === parsed.fingerprintSha256)) continue
    certificates.push(parsed)
  }
  return { ok: true, format, certificates }
}

/** A library certificate as the API describes it, with its clean PEM. */
export async function toParsedCertificate(
  certificate: x509.X509Certificate,
): Promise<ParsedCertificate> {
  const material = await describeCertificate(certificate)
  return { ...material, pem: toPem(new Uint8Array(certificate.rawData), 'CERTIFICATE') }
}

function fromPem(text: string): Step {
  const certificates: x509.X509Certificate[] = []
  let pkcs7 = false
  let index = 0
  for (const begin of text.matchAll(PEM_BEGIN)) {
    index++
    const label = begin[1] ?? ''
    const where = `block ${index}, "BEGIN ${label}"`
    const start = (begin.index ?? 0) + begin[0].length
    const end = text.indexOf(`-----END ${label}-----`, start)
    if (end < 0) return reject('truncated-pem', `PEM block ${index} ("BEGIN ${label}")`)
    const der = fromBase64(text.slice(start, end))
    if (!der) return reject('malformed-certificate', 'its content is not valid Base-64', where)
    const step = fromDer(der, where, CERTIFICATE_LABELS.test(label))
    if (!step.ok) return step
    certificates.push(...step.certificates)
    pkcs7 ||= step.pkcs7
    // Stop early: a 1 MiB file of certificates would otherwise cost ~1000 parses and digests.
    if (certificates.length > MAX_CERTIFICATES_PER_UPLOAD) break
  }
  return index === 0 ? reject('unrecognized') : { ok: true, certificates, pkcs7 }
}

function fromDer(der: Uint8Array<ArrayBuffer>, where: string, labelledCertificate = false): Step {
  const kind = classifyDer(der)
  try {
    if (kind === 'certificate')
      return { ok: true, certificates: [new x509.X509Certificate(der)], pkcs7: false }
    if (kind === 'pkcs7-certificates') {
      const certificates = [...new x509.X509Certificates(der)]
      return certificates.length === 0
        ? reject('empty-pkcs7', '', where)
        : { ok: true, certificates, pkcs7: true }
    }
  } catch {
    return reject('malformed-certificate', 'its content is not a valid X.509 certificate', where)
  }
  // Truncated DER no longer spans its declared length, so it classifies as unknown: say "damaged", not "not a certificate".
  if (kind === 'unknown' && (labelledCertificate || (der[0] === 0x30 && der.length > 64))) {
    return reject('malformed-certificate', 'the encoding is incomplete or corrupt', where)
  }
  return rejectKind(kind, where)
}
