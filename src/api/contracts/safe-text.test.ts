import { describe, expect, it } from 'vitest'
import {
  createSystemRequest,
  outboundUserRequest,
  updateOutboundUserRequest,
  updateSystemRequest,
} from './communication-systems'
import { updateExternalSystemRequest } from './external-systems'
import { findUnsafeCharacter, MAX_OUTBOUND_USERS_PER_SYSTEM, safeText } from './safe-text'
import { resetRequest } from './simulation'

const refused = [
  ['NUL', '\u0000'],
  ['TAB', '\t'],
  ['LF', '\n'],
  ['CR', '\r'],
  ['ESC', '\u001b'],
  ['DEL', '\u007f'],
  ['C1 NEL', '\u0085'],
  ['C1 CSI', '\u009b'],
  ['LRE', '\u202a'],
  ['RLO', '\u202e'],
  ['LRI', '\u2066'],
  ['PDI', '\u2069'],
  ['LINE SEPARATOR', '\u2028'],
  ['PARAGRAPH SEPARATOR', '\u2029'],
] as const

describe('findUnsafeCharacter', () => {
  it.each(refused)('finds %s inside a text and names its code point', (_name, character) => {
    const found = findUnsafeCharacter(`EDI${character}Gateway`)
    expect(found).toBe(`U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
  })

  it('lets plain text of any script through, spaces and accents included', () => {
    for (const text of ['EDI Gateway', 'Müller & Söhne GmbH', 'شركة', '東京支社', 'a-b_c.d/e (f)'])
      expect(findUnsafeCharacter(text)).toBeUndefined()
  })
})

describe('safeText', () => {
  const name = safeText({ label: 'System Name', max: 10 })

  it('trims, keeps the length limit, and refuses control and text-direction characters', () => {
    expect(name.parse('  Plain  ')).toBe('Plain')
    expect(name.safeParse('x'.repeat(11)).error?.issues[0]?.code).toBe('too_big')
    const spoof = name.safeParse('a\u202eb')
    expect(spoof.error?.issues).toEqual([
      expect.objectContaining({
        code: 'custom',
        message: expect.stringMatching(/^System Name .*U\+202E/),
      }),
    ])
  })
})

describe('the contracts refuse what the audit log must never show', () => {
  const system = { systemId: 'NEW-SYS', systemName: 'New', hostName: 'new.example.com' }

  it.each([
    ['systemName', { ...system, systemName: 'Pay\u202eroll' }],
    ['systemName', { ...system, systemName: 'Line 1\nLine 2' }],
    ['contactName', { ...system, contactName: 'ops\u0000team' }],
    ['businessSystem', { ...system, businessSystem: 'BS\u202eX' }],
    [
      'outboundUsers.0.userName',
      { ...system, outboundUsers: [{ userName: 'BTP\u2066X', authenticationMethod: 'None' }] },
    ],
  ])('create refuses %s', (field, body) => {
    const parsed = createSystemRequest.safeParse(body)
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual([field])
  })

  it('every other text field refuses them as well', () => {
    const rlo = 'x\u202ey'
    expect(updateSystemRequest.safeParse({ systemName: rlo }).success).toBe(false)
    expect(updateSystemRequest.safeParse({ contactName: rlo }).success).toBe(false)
    expect(updateSystemRequest.safeParse({ businessSystem: rlo }).success).toBe(false)
    expect(updateSystemRequest.safeParse({ email: rlo }).success).toBe(false)
    expect(updateSystemRequest.safeParse({ phone: rlo }).success).toBe(false)
    expect(
      outboundUserRequest.safeParse({ userName: rlo, authenticationMethod: 'None' }).success,
    ).toBe(false)
    expect(updateOutboundUserRequest.safeParse({ userName: rlo }).success).toBe(false)
    expect(updateOutboundUserRequest.safeParse({ clientCertificateId: rlo }).success).toBe(false)
    expect(updateExternalSystemRequest.safeParse({ name: rlo }).success).toBe(false)
    expect(resetRequest.safeParse({ scenario: rlo }).success).toBe(false)
  })

  it('an empty Host Name is a field error on change as on create', () => {
    const parsed = updateSystemRequest.safeParse({ hostName: '' })
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({ path: ['hostName'], message: 'Enter a Host Name.' }),
    ])
  })

  it(`a create request holds at most ${MAX_OUTBOUND_USERS_PER_SYSTEM} outbound users`, () => {
    const users = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ userName: `U${i}`, authenticationMethod: 'None' }))
    const atLimit = { ...system, outboundUsers: users(MAX_OUTBOUND_USERS_PER_SYSTEM) }
    expect(createSystemRequest.safeParse(atLimit).success).toBe(true)
    const over = createSystemRequest.safeParse({ ...system, outboundUsers: users(10_000) })
    expect(over.error?.issues).toEqual([
      expect.objectContaining({ path: ['outboundUsers'], code: 'too_big' }),
    ])
  })
})
