// ASN.1 shapes a PKCS #12 file needs that no installed @peculiar/asn1-* package defines: the PBES2 and PBKDF2
// parameters (RFC 8018 A.2, A.4) and CMS EncryptedData (RFC 5652 §8). The decorators are applied as plain calls
// because this project compiles standard (not legacy) decorators, which asn1-schema does not read.
import { AsnProp, AsnPropTypes, OctetString } from '@peculiar/asn1-schema'
import { AlgorithmIdentifier } from '@peculiar/asn1-x509'
import { EncryptedContentInfo } from '@peculiar/asn1-cms'

type PropOptions = Parameters<typeof AsnProp>[0]

function prop<T extends object>(
  type: { prototype: T },
  key: keyof T & string,
  options: PropOptions,
) {
  AsnProp(options)(type.prototype, key)
}

/** PBES2-params ::= SEQUENCE { keyDerivationFunc AlgorithmIdentifier, encryptionScheme AlgorithmIdentifier } */
export class Pbes2Params {
  keyDerivationFunc = new AlgorithmIdentifier()
  encryptionScheme = new AlgorithmIdentifier()
}
prop(Pbes2Params, 'keyDerivationFunc', { type: AlgorithmIdentifier })
prop(Pbes2Params, 'encryptionScheme', { type: AlgorithmIdentifier })

/**
 * PBKDF2-params ::= SEQUENCE { salt CHOICE { specified OCTET STRING, otherSource AlgorithmIdentifier },
 * iterationCount INTEGER, keyLength INTEGER OPTIONAL, prf AlgorithmIdentifier DEFAULT hmacWithSHA1 }.
 * Only the `specified` salt: RFC 8018 reserves otherSource for future use, and nobody writes it.
 */
export class Pbkdf2Params {
  salt = new OctetString()
  iterationCount = 0
  keyLength?: number
  prf?: AlgorithmIdentifier
}
prop(Pbkdf2Params, 'salt', { type: OctetString })
prop(Pbkdf2Params, 'iterationCount', { type: AsnPropTypes.Integer })
prop(Pbkdf2Params, 'keyLength', { type: AsnPropTypes.Integer, optional: true })
prop(Pbkdf2Params, 'prf', { type: AlgorithmIdentifier, optional: true })

/** EncryptedData ::= SEQUENCE { version, encryptedContentInfo, unprotectedAttrs [1] IMPLICIT OPTIONAL } */
export class CmsEncryptedData {
  version = 0
  encryptedContentInfo = new EncryptedContentInfo()
}
prop(CmsEncryptedData, 'version', { type: AsnPropTypes.Integer })
prop(CmsEncryptedData, 'encryptedContentInfo', { type: EncryptedContentInfo })
