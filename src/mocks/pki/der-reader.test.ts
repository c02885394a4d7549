import { describe, expect, it } from 'vitest'
import { readChildren, readOid, readTopLevel } from './der-reader'

const hex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (b) => parseInt(b, 16))

describe('der-reader', () => {
  it('reads a definite-length SEQUENCE { INTEGER 3, OID 1.2.840.113549.1.7.1 }', () => {
    const bytes = hex('300e020103' + '06092a864886f70d010701')
    const top = readTopLevel(bytes)
    const [int, oid] = (top && readChildren(bytes, top)) ?? []
    expect(int?.tag).toBe(0x02)
    expect(oid && readOid(bytes, oid)).toBe('1.2.840.113549.1.7.1')
  })

  it('reads nested indefinite lengths (BER)', () => {
    const bytes = hex('3080' + '3080' + '020101' + '0000' + '020102' + '0000')
    const top = readTopLevel(bytes)
    expect(top && readChildren(bytes, top)?.map((c) => c.tag)).toEqual([0x30, 0x02])
  })

  it.each([
    ['a length beyond the bytes', '3005020101'],
    ['trailing garbage', '300302010100'],
    ['an unterminated indefinite length', '3080020101'],
    ['a primitive with indefinite length', '0280010000'],
    ['nesting deeper than 32', '3080'.repeat(40) + '0000'.repeat(40)],
  ])('rejects %s', (_, text) => {
    expect(readTopLevel(hex(text))).toBeNull()
  })
})
