import { AsnConvert } from '@peculiar/asn1-schema'
import { ECParameters } from '@peculiar/asn1-ecc'
import { PrivateKeyInfo } from '@peculiar/asn1-pkcs8'
import { webCrypto } from './web-crypto'
import { toBytes } from './encoding'
import { OID, algorithmName } from './pkcs12-algorithms'

const CURVES: Record<string, string> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
}

export type ImportedKey = { ok: true; privateKey: CryptoKey } | { ok: false; keyType: string }

/**
 * Imports a PKCS #8 key non-extractable, for signing: RSA as RSASSA-PKCS1-v1_5 / SHA-256 (what the simulated TLS
 * client signs with) or EC on the curve its parameters name. Other types (Ed25519, DSA, RSA-PSS) are not usable.
 */
export async function importPrivateKey(pkcs8: Uint8Array): Promise<ImportedKey> {
  let oid = 'unknown'
  try {
    const { privateKeyAlgorithm } = AsnConvert.parse(toBytes(pkcs8), PrivateKeyInfo)
    oid = privateKeyAlgorithm.algorithm
    const algorithm =
      oid === OID.rsaEncryption
        ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
        : oid === OID.ecPublicKey
          ? { name: 'ECDSA', namedCurve: curveOf(privateKeyAlgorithm.parameters) }
          : undefined
    if (!algorithm) return { ok: false, keyType: algorithmName(oid) }
    const privateKey = await webCrypto.subtle.importKey('pkcs8', toBytes(pkcs8), algorithm, false, [
      'sign',
    ])
    return { ok: true, privateKey }
  } catch {
    return { ok: false, keyType: algorithmName(oid) }
  }
}

function curveOf(parameters: ArrayBuffer | null | undefined): string {
  const oid = parameters ? (AsnConvert.parse(parameters, ECParameters).namedCurve ?? '') : ''
  const curve = CURVES[oid]
  if (!curve) throw new RangeError(`Unsupported curve ${oid}`)
  return curve
}
