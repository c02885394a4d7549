// reflect-metadata must load before @peculiar/x509 (its DI container throws at import time otherwise).
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { pemToDer } from './pem-to-der'
import { encodePkcs7Certificates } from './pkcs7'

/** The export formats offered by Maintain Client Certificates (query parameter `format`). */
export type ExportFormat = 'pem' | 'crt' | 'der' | 'p7b'

export interface ExportFormatInfo {
  format: ExportFormat
  /** The label in the Export dialog. */
  label: string
  extension: string
  contentType: string
}

export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  {
    format: 'pem',
    label: 'X.509 Certificate (.pem)',
    extension: 'pem',
    contentType: 'application/x-pem-file',
  },
  // PEM text like .pem; its own type tells the two apart. Downloads go through fetch + Blob, so no browser
  // ever acts on x-x509-user-cert (Firefox would try to import it as a user certificate on navigation).
  {
    format: 'crt',
    label: 'Base-64-encoded X.509 certificate (.crt)',
    extension: 'crt',
    contentType: 'application/x-x509-user-cert',
  },
  // RFC 2585 registers application/pkix-cert for DER; .cer is the Windows name for a DER certificate.
  {
    format: 'der',
    label: 'DER-encoded X.509 certificate (.cer)',
    extension: 'cer',
    contentType: 'application/pkix-cert',
  },
  // Binary (DER) like Windows writes it: read with `openssl pkcs7 -inform DER -print_certs`. The certificate
  // alone, as SAP's export is: the chain (client CA, root) comes from the SAP Trust Center.
  {
    format: 'p7b',
    label: 'PKCS #7 certificate (.p7b)',
    extension: 'p7b',
    contentType: 'application/x-pkcs7-certificates',
  },
]

/** A file ready to be sent: text for PEM-based formats, bytes for binary ones. Never holds a private key. */
export interface ExportedFile {
  body: string | Uint8Array<ArrayBuffer>
  contentType: string
  fileName: string
}

/** True when `value` names a supported export format (for validating the query parameter). */
export function isExportFormat(value: unknown): value is ExportFormat {
  return EXPORT_FORMATS.some((info) => info.format === value)
}

/**
 * Exports one certificate, a client certificate or a CA certificate: every format holds exactly that certificate
 * and no chain, as SAP's Maintain Client Certificates does. `baseName` gets the format's extension.
 */
export function exportCertificate(
  certificatePem: string,
  format: ExportFormat,
  baseName: string,
): ExportedFile {
  const info = EXPORT_FORMATS.find((candidate) => candidate.format === format)
  if (!info) throw new RangeError(`Unknown export format: ${String(format)}`)
  const der = pemToDer(certificatePem)
  // Re-encoding from DER drops anything besides the certificate that might have crept into stored text.
  const pem = new x509.X509Certificate(der).toString('pem') + '\n'
  const fileName = `${safeFileName(baseName)}.${info.extension}`
  switch (format) {
    case 'pem':
    case 'crt':
      return { body: pem, contentType: info.contentType, fileName }
    case 'der':
      return { body: der, contentType: info.contentType, fileName }
    case 'p7b': {
      const body = encodePkcs7Certificates([der])
      return { body, contentType: info.contentType, fileName }
    }
  }
}

/** A readable file base name, e.g. ("Client Default", "2027-02-01") → "client-default-2027-02-01". */
export function certificateFileBaseName(label: string, validFrom: string): string {
  return safeFileName(`${label}-${validFrom}`)
}

/** The Content-Disposition header value for a download. */
export function contentDisposition(fileName: string): string {
  return `attachment; filename="${safeFileName(fileName)}"`
}

// Lowercase ASCII only: safe in a quoted header value and on every file system.
function safeFileName(name: string): string {
  const cleaned = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|-+$/g, '')
  return cleaned === '' ? 'certificate' : cleaned
}
