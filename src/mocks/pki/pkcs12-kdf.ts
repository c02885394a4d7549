import { webCrypto } from './web-crypto'

/** The digests the PKCS #12 KDF can use here, with their block size v in bytes (RFC 7292 B.2). */
const BLOCK_BYTES: Record<string, number> = {
  'SHA-1': 64,
  'SHA-256': 64,
  'SHA-384': 128,
  'SHA-512': 128,
}

/** What the derived bytes are for (RFC 7292 B.3): 1 key, 2 IV, 3 MAC key. */
export type Pkcs12KeyPurpose = 1 | 2 | 3

/** A password as the PKCS #12 KDF takes it: BMPString (UTF-16 big-endian) with a two-byte zero terminator. */
export function bmpPassword(password: string): Uint8Array {
  const bytes = new Uint8Array((password.length + 1) * 2)
  for (let i = 0; i < password.length; i++) {
    const unit = password.charCodeAt(i)
    bytes[2 * i] = unit >> 8
    bytes[2 * i + 1] = unit & 0xff
  }
  return bytes
}

/**
 * The PKCS #12 key derivation function (RFC 7292 Appendix B.2), which the PFX MAC key comes from. WebCrypto has no
 * such KDF, only the digest it iterates, so it is written out here. `hash` is a WebCrypto digest name.
 */
export async function pkcs12Kdf(
  hash: string,
  password: string,
  salt: Uint8Array,
  iterations: number,
  purpose: Pkcs12KeyPurpose,
  length: number,
): Promise<Uint8Array> {
  const v = BLOCK_BYTES[hash]
  if (v === undefined) throw new RangeError(`No PKCS #12 KDF for ${hash}`)
  const input = concat(repeatToBlocks(salt, v), repeatToBlocks(bmpPassword(password), v))
  const output = new Uint8Array(length)
  for (let filled = 0; filled < length;) {
    let a = concat(new Uint8Array(v).fill(purpose), input)
    for (let round = 0; round < iterations; round++) {
      a = new Uint8Array(await webCrypto.subtle.digest(hash, a))
    }
    output.set(a.subarray(0, length - filled), filled)
    filled += a.length
    if (filled < length) addToEachBlock(input, repeatToLength(a, v), v)
  }
  return output
}

// Every v-byte block I_j of I becomes (I_j + B + 1) mod 2^(8v), as big-endian numbers (step 6C).
function addToEachBlock(input: Uint8Array, b: Uint8Array, v: number): void {
  for (let start = 0; start < input.length; start += v) {
    let carry = 1
    for (let i = v - 1; i >= 0; i--) {
      const sum = (input[start + i] ?? 0) + (b[i] ?? 0) + carry
      input[start + i] = sum & 0xff
      carry = sum >> 8
    }
  }
}

// S and P are repeated to a multiple of v bytes; an empty value stays empty (steps 2 and 3).
function repeatToBlocks(bytes: Uint8Array, v: number): Uint8Array {
  return repeatToLength(bytes, v * Math.ceil(bytes.length / v))
}

function repeatToLength(bytes: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length)
  for (let i = 0; i < length; i++) out[i] = bytes[i % bytes.length] ?? 0
  return out
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}
