import { describe, expect, it } from 'vitest'
import { normalizeFingerprintSha256 } from './fingerprint'

const canonical = Array.from({ length: 32 }, (_, i) =>
  (i * 7).toString(16).padStart(2, '0').toUpperCase(),
).join(':')

describe('normalizeFingerprintSha256', () => {
  it.each([
    canonical,
    canonical.toLowerCase(),
    canonical.replaceAll(':', ''),
    encodeURIComponent(canonical),
  ])('accepts %s', (input) => expect(normalizeFingerprintSha256(input)).toBe(canonical))
  it.each(['', 'AB:CD', canonical + ':00', canonical.replace('0', 'G'), '%E0%A4%A'])(
    'rejects %s',
    (input) => expect(normalizeFingerprintSha256(input)).toBeNull(),
  )
})
