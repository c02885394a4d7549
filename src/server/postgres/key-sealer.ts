import { randomBytes } from 'node:crypto'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { RSA_SHA256, webCrypto } from '../../mocks/pki/web-crypto'

/** A private key encrypted at rest: AES-256-GCM over its PKCS #8 encoding. */
export interface SealedKey {
  sealed: 'AES-256-GCM/PKCS8'
  iv: string
  data: string
}

const subtle = webCrypto.subtle

/**
 * Seals and unseals the CA signing keys the server keeps in PostgreSQL. The AES key comes from
 * LAB_KEY (base64 of 32 bytes) or from `<dataDir>/key`, made once with mode 600. A sealed key is
 * kept per CryptoKey, so a save that does not change the key does not export it again, and keys
 * read back (imported non-extractable) can be saved again.
 */
export class KeySealer {
  private readonly known = new WeakMap<CryptoKey, SealedKey>()

  private constructor(private readonly aesKey: CryptoKey) {}

  static async fromSecret(secret: Uint8Array<ArrayBuffer>): Promise<KeySealer> {
    if (secret.length !== 32) throw new Error('The lab key must be 32 bytes (base64 in LAB_KEY).')
    const aesKey = await subtle.importKey('raw', secret, 'AES-GCM', false, ['encrypt', 'decrypt'])
    return new KeySealer(aesKey)
  }

  /** LAB_KEY when given, else the key file in `dataDir`, created on first start. */
  static async open(labKey: string | undefined, dataDir: string): Promise<KeySealer> {
    if (labKey) return KeySealer.fromSecret(Buffer.from(labKey, 'base64'))
    const file = join(dataDir, 'key')
    await mkdir(dataDir, { recursive: true, mode: 0o700 })
    try {
      return await KeySealer.fromSecret(
        Buffer.from((await readFile(file, 'utf8')).trim(), 'base64'),
      )
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    // 'wx': two servers starting at once never overwrite each other's key.
    await writeFile(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' })
    await chmod(file, 0o600)
    return KeySealer.open(undefined, dataDir)
  }

  async seal(key: CryptoKey): Promise<SealedKey> {
    const known = this.known.get(key)
    if (known) return known
    if (!key.extractable) {
      throw new Error(
        'The CA signing key cannot be exported: the server host must call allowCaKeyExport() before building a landscape.',
      )
    }
    const pkcs8 = await subtle.exportKey('pkcs8', key)
    const iv = randomBytes(12)
    const data = await subtle.encrypt({ name: 'AES-GCM', iv }, this.aesKey, pkcs8)
    const sealed: SealedKey = {
      sealed: 'AES-256-GCM/PKCS8',
      iv: iv.toString('base64'),
      data: Buffer.from(data).toString('base64'),
    }
    this.known.set(key, sealed)
    return sealed
  }

  /** The signing key again, non-extractable: it only ever signs in memory. */
  async unseal(sealed: SealedKey): Promise<CryptoKey> {
    const pkcs8 = await subtle.decrypt(
      { name: 'AES-GCM', iv: Buffer.from(sealed.iv, 'base64') },
      this.aesKey,
      Buffer.from(sealed.data, 'base64'),
    )
    const key = await subtle.importKey('pkcs8', pkcs8, RSA_SHA256, false, ['sign'])
    this.known.set(key, sealed)
    return key
  }
}
