// Test-only: PKCS #12 files openssl cannot be asked for directly.
import { AsnConvert, OctetString } from '@peculiar/asn1-schema'
import { AuthenticatedSafe, PFX } from '@peculiar/asn1-pfx'
import { ContentInfo } from '@peculiar/asn1-cms'

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
