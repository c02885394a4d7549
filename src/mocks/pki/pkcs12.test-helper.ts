// Test-only: PKCS #12 files openssl cannot be asked for directly.
import { AsnConvert, OctetString } from '@peculiar/asn1-schema'
import { AuthenticatedSafe, PFX } from '@peculiar/asn1-pfx'
import { ContentInfo } from '@peculiar/asn1-cms'
import { opensslLine, readTemp } from './openssl.test-helper'
import { opensslFacts } from './signed-certificate.test-helper'

/** A PKCS #12 file written by the test's openssl, by name. */
export const p12 = (name: string) => readTemp(`${name}.p12`)

/** `openssl pkcs12 -export` with the password "secret" and the given options. */
export const exportP12 = (name: string, options = '', key = 'self.key', certificate = 'self.pem') =>
  opensslLine(
    `pkcs12 -export -inkey ${key} -in ${certificate} -passout pass:secret -out ${name}.p12 ${options}`,
  )

/**
 * A self-signed RSA client certificate (self.pem, self.key, self.pkcs8.der) exported with openssl's defaults as
 * default.p12; returns what openssl reads from the certificate.
 */
export function makeDefaultP12(): ReturnType<typeof opensslFacts> {
  opensslLine(
    'req -x509 -newkey rsa:2048 -nodes -keyout self.key -out self.pem -days 365 -subj /CN=client.example.com',
  )
  opensslLine('pkey -in self.key -outform DER -out self.pkcs8.der')
  exportP12('default')
  return opensslFacts('self.pem')
}

const DATA = '1.2.840.113549.1.7.1'

/**
 * One PFX holding the safes of several (same password, so they decrypt alike) without a MAC: `openssl pkcs12
 * -export` writes one key per file, and a file with two keys is what a careless merge or keystore tool produces.
 */
export function mergePfx(...files: Uint8Array[]): Uint8Array {
  const safes = files.flatMap((file) => {
    const pfx = AsnConvert.parse(file, PFX)
    const octets = AsnConvert.parse(pfx.authSafe.content, OctetString)
    return [...AsnConvert.parse(octets, AuthenticatedSafe)]
  })
  const authenticatedSafe = AsnConvert.serialize(new AuthenticatedSafe(safes))
  const content = AsnConvert.serialize(new OctetString(authenticatedSafe))
  const authSafe = new ContentInfo({ contentType: DATA, content })
  // The class starts with an empty MacData: leave it out explicitly.
  const merged = new PFX({ version: 3, authSafe, macData: undefined })
  return new Uint8Array(AsnConvert.serialize(merged))
}
