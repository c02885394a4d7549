/**
 * Canonical form of a SHA-256 fingerprint given by a client (e.g. the `:fingerprintSha256` path segment):
 * accepts upper or lower case, with or without colons; returns "AB:CD:…" or null when it is not 32 bytes of hex.
 */
export function normalizeFingerprintSha256(input: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(input)
  } catch {
    return null // a malformed %-escape is not a fingerprint
  }
  const hex = decoded.replace(/[:\s]/g, '').toUpperCase()
  if (!/^[0-9A-F]{64}$/.test(hex)) return null
  return hex.match(/../g)?.join(':') ?? null
}
