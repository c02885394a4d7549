import { webCrypto } from './web-crypto'

/** A fresh random 128-bit serial number, uppercase hex; the top bit is cleared so it encodes as positive without padding. */
export function newSerialNumber(): string {
  const bytes = webCrypto.getRandomValues(new Uint8Array(16))
  // First byte 0x01–0x7F: positive, no sign-padding zero, always 32 hex digits as openssl prints them.
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x01
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0').toUpperCase()).join('')
}

/** Validates a caller-given serial (hex, 1–20 octets, positive per RFC 5280) and returns it in canonical uppercase. */
export function normalizeSerialNumber(serial: string): string {
  const hex = serial.replace(/[\s:]/g, '').toUpperCase()
  if (!/^[0-9A-F]+$/.test(hex)) throw new RangeError(`Serial number must be hexadecimal: ${serial}`)
  const trimmed = hex.replace(/^0+(?=.)/, '')
  const even = trimmed.length % 2 === 1 ? `0${trimmed}` : trimmed
  if (/^0+$/.test(even)) throw new RangeError('Serial number must be positive')
  // DER adds a zero byte before a leading digit >= 8; RFC 5280 caps the encoded value at 20 octets.
  const octets = even.length / 2 + (/^[89A-F]/.test(even) ? 1 : 0)
  if (octets > 20) throw new RangeError('Serial number must not exceed 20 octets')
  return even
}
