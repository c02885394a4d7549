// DER for the degenerate PKCS #7 SignedData that carries certificates only (RFC 2315 §9.1, "certs-only"):
// no content, no signers. Hand-written so the bytes match `openssl crl2pkcs7 -nocrl` exactly (the library's
// encoder adds an empty eContent that some Windows versions reject).

const OID_SIGNED_DATA = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02]
const OID_DATA = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01]

/** Bundles DER certificates, in the given order, into a DER-encoded PKCS #7 certificate bundle (.p7b). */
export function encodePkcs7Certificates(
  certificates: readonly Uint8Array[],
): Uint8Array<ArrayBuffer> {
  const signedData = tlv(0x30, [
    Uint8Array.of(0x02, 0x01, 0x01), // version 1
    tlv(0x31, []), // digestAlgorithms: none
    tlv(0x30, [Uint8Array.from(OID_DATA)]), // contentInfo without content
    tlv(0xa0, certificates), // [0] IMPLICIT certificates
    tlv(0x31, []), // signerInfos: none
  ])
  return tlv(0x30, [Uint8Array.from(OID_SIGNED_DATA), tlv(0xa0, [signedData])])
}

function tlv(tag: number, parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const length = parts.reduce((sum, part) => sum + part.length, 0)
  const header = [tag, ...encodeLength(length)]
  const out = new Uint8Array(header.length + length)
  out.set(header)
  let offset = header.length
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

function encodeLength(length: number): number[] {
  if (length < 0x80) return [length]
  const bytes: number[] = []
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256)
  return [0x80 | bytes.length, ...bytes]
}
