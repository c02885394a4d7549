// Test-only: an openssl CA (root → issuing CA) that signs PKCS #10 requests, as a customer's CA would.
import { fields, openssl, opensslLine, readTemp, tempFile } from './openssl.test-helper'

const CA_EXTENSIONS = [
  '-addext',
  'basicConstraints=critical,CA:TRUE',
  '-addext',
  'keyUsage=critical,keyCertSign,cRLSign',
]

/** Makes a self-signed root `<name>.pem`/`.key` and an issuing CA `<name>-issuing.pem`/`.key` signed by it. */
export function makeOpensslCa(name: string, organization: string): void {
  opensslLine(
    `req -x509 -newkey rsa:2048 -nodes -keyout ${name}.key -out ${name}.pem -days 7300 -subj`,
    `/O=${organization}/CN=${organization} Root CA`,
    ...CA_EXTENSIONS,
  )
  opensslLine(
    `req -new -newkey rsa:2048 -nodes -keyout ${name}-issuing.key -out ${name}-issuing.csr -subj`,
    `/O=${organization}/CN=${organization} Issuing CA`,
  )
  tempFile(
    `${name}-issuing.ext`,
    'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n',
  )
  opensslLine(
    `x509 -req -in ${name}-issuing.csr -CA ${name}.pem -CAkey ${name}.key -CAcreateserial -days 3650 -extfile ${name}-issuing.ext -out ${name}-issuing.pem`,
  )
}

export type LeafProfile = 'client' | 'ca'

/** Signs a request (PEM file) with `<ca>.pem`/`.key` as `openssl x509 -req` does; returns the PEM. */
export function opensslSign(
  csrFile: string,
  ca: string,
  out: string,
  profile: LeafProfile = 'client',
  days = 365,
): string {
  const extensions =
    profile === 'client'
      ? 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth\n'
      : 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign\n'
  tempFile(`${out}.ext`, extensions)
  opensslLine(
    `x509 -req -in ${csrFile} -CA ${ca}.pem -CAkey ${ca}.key -CAcreateserial -days ${days} -extfile ${out}.ext -out ${out}`,
  )
  return new TextDecoder().decode(readTemp(out))
}

/** What openssl reads from a certificate file: serial, issuer and subject (RFC 2253), dates as YYYY-MM-DD, SHA-256. */
export function opensslFacts(file: string): {
  serial: string
  issuer: string
  subject: string
  fingerprintSha256: string
  validFrom: string
  validTo: string
} {
  const common = ['x509', '-in', file, '-noout', '-nameopt', 'RFC2253']
  const out = fields(
    openssl(...common, '-serial', '-issuer', '-subject', '-fingerprint', '-sha256'),
  )
  const dates = fields(openssl(...common, '-dates', '-dateopt', 'iso_8601'))
  return {
    serial: out.serial ?? '',
    issuer: out.issuer ?? '',
    subject: out.subject ?? '',
    fingerprintSha256: out['sha256 Fingerprint'] ?? '',
    validFrom: (dates.notBefore ?? '').slice(0, 10),
    validTo: (dates.notAfter ?? '').slice(0, 10),
  }
}

/** The calendar day `days` after (or before) a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}
