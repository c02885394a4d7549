import { beforeAll, describe, expect, it } from 'vitest'
import { X509Certificate } from 'node:crypto'
import { createCaChain, type CaChain } from './ca'
import { abapSystemSubject, issueCertificate, type IssuedCertificate } from './issue-certificate'
import {
  certificateFileBaseName,
  contentDisposition,
  EXPORT_FORMATS,
  exportCertificate,
  isExportFormat,
  type ExportedFile,
  type ExportFormat,
} from './export-certificate'
import { parseUpload } from './parse-upload'
import { fields, openssl, opensslCertificates, readTemp, tempFile } from './openssl.test-helper'

let ca: CaChain
let issued: IssuedCertificate
const exportAs = (format: ExportFormat) =>
  exportCertificate(issued.record.pem, format, 'client-default-2027-02-01')
const bytesOf = (file: ExportedFile) =>
  typeof file.body === 'string' ? new TextEncoder().encode(file.body) : file.body

beforeAll(async () => {
  ca = await createCaChain()
  issued = await issueCertificate(ca, {
    subject: abapSystemSubject('abc-123.abap.eu10.hana.ondemand.com'),
    validFrom: '2027-02-01',
    validTo: '2028-02-01',
  })
})

describe('exportCertificate', () => {
  it.each([
    ['pem', 'client-default-2027-02-01.pem', 'application/x-pem-file'],
    ['crt', 'client-default-2027-02-01.crt', 'application/x-x509-user-cert'],
    ['der', 'client-default-2027-02-01.cer', 'application/pkix-cert'],
    ['p7b', 'client-default-2027-02-01.p7b', 'application/x-pkcs7-certificates'],
  ] as const)('%s → %s (%s)', (format, fileName, contentType) => {
    expect(exportAs(format)).toMatchObject({ fileName, contentType })
  })

  it.each(['pem', 'crt'] as const)(
    '%s is the certificate alone as PEM text that openssl reads',
    (format) => {
      const { body } = exportAs(format)
      expect(typeof body).toBe('string')
      expect(String(body).match(/-----BEGIN /g)).toHaveLength(1)
      expect(body).toBe(issued.record.pem)
      const out = fields(
        openssl(
          'x509',
          '-in',
          tempFile(`export.${format}`, body),
          '-noout',
          '-serial',
          '-fingerprint',
          '-sha256',
        ),
      )
      expect(out.serial).toBe(issued.record.material.serialNumber)
      expect(out['sha256 Fingerprint']).toBe(issued.record.material.fingerprintSha256)
    },
  )

  it('der is the binary certificate that openssl -inform DER and node:crypto read', () => {
    const { body } = exportAs('der')
    expect(body).toBeInstanceOf(Uint8Array)
    expect(body).toEqual(issued.der)
    const out = fields(
      openssl(
        'x509',
        '-inform',
        'DER',
        '-in',
        tempFile('export.cer', body),
        '-noout',
        '-fingerprint',
        '-sha256',
      ),
    )
    expect(out['sha256 Fingerprint']).toBe(issued.record.material.fingerprintSha256)
    expect(new X509Certificate(body).fingerprint256).toBe(issued.record.material.fingerprintSha256)
  })

  it('p7b holds the certificate alone; openssl pkcs7 -inform DER prints it', () => {
    const path = tempFile('export.p7b', exportAs('p7b').body)
    const out = openssl('pkcs7', '-inform', 'DER', '-in', path, '-print_certs')
    const subjects = out.split('\n').filter((line) => line.startsWith('subject='))
    // openssl 3.0's pkcs7 has no -nameopt: it prints "C = DE, …, CN = …" (encoding order).
    expect(subjects).toEqual([
      `subject=${issued.record.material.subject.text.split(', ').reverse().join(', ').replaceAll('=', ' = ')}`,
    ])
  })

  it('p7b is byte for byte what openssl crl2pkcs7 -nocrl writes for the certificate', () => {
    const certs = tempFile('leaf.pem', issued.record.pem)
    openssl('crl2pkcs7', '-nocrl', '-certfile', certs, '-outform', 'DER', '-out', 'reference.p7b')
    expect(exportAs('p7b').body).toEqual(readTemp('reference.p7b'))
  })

  it.each(EXPORT_FORMATS.map((f) => f.format))(
    '%s holds exactly one certificate for openssl, the client certificate',
    (format) => {
      const path = tempFile(`one.${format}`, exportAs(format).body)
      const found = opensslCertificates(path, format)
      expect(found).toHaveLength(1)
      expect(new X509Certificate(found[0]!).fingerprint256).toBe(
        issued.record.material.fingerprintSha256,
      )
    },
  )

  it.each([
    ['root', 'pem'],
    ['root', 'crt'],
    ['root', 'der'],
    ['clientCa', 'pem'],
    ['clientCa', 'crt'],
    ['clientCa', 'der'],
  ] as const)('exports the %s CA certificate as %s, alone', (which, format) => {
    const { pem, material } = ca.record[which]
    const file = exportCertificate(pem, format, `sap-cloud-${which}`)
    expect(file.fileName).toBe(
      `sap-cloud-${which.toLowerCase()}.${format === 'der' ? 'cer' : format}`,
    )
    const found = opensslCertificates(tempFile(file.fileName, file.body), format)
    expect(found).toHaveLength(1)
    const certificate = new X509Certificate(found[0]!)
    expect(certificate.fingerprint256).toBe(material.fingerprintSha256)
    expect(certificate.ca).toBe(true)
  })

  it.each(EXPORT_FORMATS.map((f) => f.format))('%s never contains a private key', (format) => {
    const file = exportAs(format)
    expect(new TextDecoder('latin1').decode(bytesOf(file))).not.toMatch(/PRIVATE KEY/)
    expect(JSON.stringify(file)).not.toMatch(/PRIVATE KEY/)
  })

  it.each(EXPORT_FORMATS.map((f) => f.format))(
    '%s round-trips through parseUpload with the same fingerprint',
    async (format) => {
      const result = await parseUpload(bytesOf(exportAs(format)))
      expect(result.ok).toBe(true)
      if (!result.ok) return
      expect(result.certificates[0]?.fingerprintSha256).toBe(
        issued.record.material.fingerprintSha256,
      )
      expect(result.certificates[0]).toMatchObject({
        serialNumber: issued.record.material.serialNumber,
        validTo: '2028-02-01',
      })
      expect(result.certificates).toHaveLength(1)
    },
  )

  it('refuses an unknown format', () => {
    expect(isExportFormat('pfx')).toBe(false)
    expect(isExportFormat('p7b')).toBe(true)
    expect(() => exportCertificate(issued.record.pem, 'pfx' as 'pem', 'x')).toThrow(
      /Unknown export format/,
    )
  })

  it('makes safe, telling file names', () => {
    expect(certificateFileBaseName('Client Default Expiring', '2026-08-01')).toBe(
      'client-default-expiring-2026-08-01',
    )
    expect(exportCertificate(issued.record.pem, 'pem', '../Ünsafe "name"').fileName).toBe(
      'nsafe-name.pem',
    )
    expect(contentDisposition('client-default-2027-02-01.p7b')).toBe(
      'attachment; filename="client-default-2027-02-01.p7b"',
    )
  })
})
