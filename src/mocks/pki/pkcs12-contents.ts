import { AsnConvert, OctetString } from '@peculiar/asn1-schema'
import { AuthenticatedSafe, CertBag, PFX, SafeContents, type SafeBag } from '@peculiar/asn1-pfx'
import { EncryptedPrivateKeyInfo } from '@peculiar/asn1-pkcs8'
import type { ContentInfo } from '@peculiar/asn1-cms'
import { toBytes } from './encoding'
import { decryptPbes2 } from './pbes2'
import { checkPfxMac } from './pkcs12-mac'
import { OID, algorithmName } from './pkcs12-algorithms'
import { CmsEncryptedData } from './pkcs12-schemas'

/** What a PKCS #12 file holds: DER certificates and plain PKCS #8 keys (the caller imports and then wipes them). */
export type PfxContents =
  | { ok: true; certificates: Uint8Array[]; keys: Uint8Array[] }
  | { ok: false; problem: 'not-pkcs12' | 'wrong-password' | 'damaged' }
  | { ok: false; problem: 'unsupported'; algorithm: string }

type Problem = Exclude<PfxContents, { ok: true }>

// Thrown inside the walk and caught once at the top, so each step reads as the happy path.
class Stop extends Error {
  constructor(readonly result: Problem) {
    super(result.problem)
  }
}

/**
 * Opens a PKCS #12 file with its password: checks the MAC first (a wrong password shows there), then decrypts every
 * safe and collects certificate and key bags. Without a MAC, a wrong password shows as a decryption failure.
 */
export async function openPfx(file: Uint8Array, password: string): Promise<PfxContents> {
  let pfx: PFX
  let authenticatedSafe: Uint8Array<ArrayBuffer>
  try {
    pfx = AsnConvert.parse(toBytes(file), PFX)
    if (pfx.version !== 3 || pfx.authSafe.contentType !== OID.data) {
      return pfx.authSafe.contentType === OID.signedData
        ? { ok: false, problem: 'unsupported', algorithm: 'public-key integrity mode (SignedData)' }
        : { ok: false, problem: 'not-pkcs12' }
    }
    authenticatedSafe = toBytes(AsnConvert.parse(pfx.authSafe.content, OctetString))
  } catch {
    return { ok: false, problem: 'not-pkcs12' }
  }
  // The schema's class starts with an empty MacData, so a file without one shows as a MAC without an algorithm.
  const macData = pfx.macData?.mac.digestAlgorithm.algorithm ? pfx.macData : undefined
  const macChecked = macData !== undefined
  if (macData) {
    const mac = await checkPfxMac(macData, authenticatedSafe, password)
    if (!mac.ok) return mac.problem === 'mismatch' ? { ok: false, problem: 'wrong-password' } : mac
  }
  const found = { certificates: [] as Uint8Array[], keys: [] as Uint8Array[] }
  // A verified MAC proves the password, so a later failure means a damaged (or oddly made) file.
  const failed: Problem = { ok: false, problem: macChecked ? 'damaged' : 'wrong-password' }
  try {
    for (const info of AsnConvert.parse(authenticatedSafe, AuthenticatedSafe)) {
      const bags = AsnConvert.parse(await openSafe(info, password, failed), SafeContents)
      await collect(bags, password, failed, found, 0)
    }
  } catch (error) {
    return error instanceof Stop ? error.result : failed
  }
  return { ok: true, ...found }
}

async function openSafe(
  info: ContentInfo,
  password: string,
  failed: Problem,
): Promise<Uint8Array<ArrayBuffer>> {
  if (info.contentType === OID.data) return toBytes(AsnConvert.parse(info.content, OctetString))
  if (info.contentType === OID.encryptedData) {
    const { encryptedContentInfo } = AsnConvert.parse(info.content, CmsEncryptedData)
    const content = encryptedContentInfo.encryptedContent
    const parts = content?.value ? [content.value] : (content?.constructedValue ?? [])
    const encrypted = concat(parts.map((part) => toBytes(part)))
    return decrypt(encryptedContentInfo.contentEncryptionAlgorithm, encrypted, password, failed)
  }
  const mode =
    info.contentType === OID.envelopedData
      ? 'public-key privacy mode (EnvelopedData)'
      : algorithmName(info.contentType)
  throw new Stop({ ok: false, problem: 'unsupported', algorithm: mode })
}

// Nested SafeContents bags are allowed by RFC 7292 but rare; the depth limit keeps a crafted file from recursing.
async function collect(
  bags: SafeBag[],
  password: string,
  failed: Problem,
  found: { certificates: Uint8Array[]; keys: Uint8Array[] },
  depth: number,
): Promise<void> {
  for (const bag of bags) {
    if (bag.bagId === OID.keyBag) found.keys.push(new Uint8Array(bag.bagValue))
    if (bag.bagId === OID.shroudedKeyBag) {
      const info = AsnConvert.parse(bag.bagValue, EncryptedPrivateKeyInfo)
      found.keys.push(
        await decrypt(info.encryptionAlgorithm, toBytes(info.encryptedData), password, failed),
      )
    }
    if (bag.bagId === OID.certBag) {
      const certBag = AsnConvert.parse(bag.bagValue, CertBag)
      // Only X.509 certificates; SDSI certificates (the other certificate type RFC 7292 names) are skipped.
      if (certBag.certId === OID.x509Certificate) {
        found.certificates.push(toBytes(AsnConvert.parse(certBag.certValue, OctetString)))
      }
    }
    if (bag.bagId === OID.safeContentsBag && depth < 3) {
      await collect(
        AsnConvert.parse(bag.bagValue, SafeContents),
        password,
        failed,
        found,
        depth + 1,
      )
    }
  }
}

async function decrypt(
  algorithm: Parameters<typeof decryptPbes2>[0],
  encrypted: Uint8Array,
  password: string,
  failed: Problem,
): Promise<Uint8Array<ArrayBuffer>> {
  const result = await decryptPbes2(algorithm, encrypted, password)
  if (result.ok) return result.data
  throw new Stop(result.problem === 'unsupported' ? result : failed)
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}
