import { describe, expect, it } from 'vitest'
import {
  businessSystem,
  contactName,
  email,
  logicalSystem,
  outboundUserChecks,
  outboundUserRequest,
  phone,
  sccLocationId,
  uiHost,
  updateOutboundUserRequest,
  updateSystemRequest,
} from './communication-systems'

// SAP's Communication System fields: each accepts what SAP's app accepts, and nothing else. Empty
// is fine for every one of them (they are optional in SAP's app too).

const fields = { uiHost, logicalSystem, businessSystem, sccLocationId, contactName, email, phone }

const good: Record<keyof typeof fields, string[]> = {
  uiHost: ['', 'fiori.s4h-fin.example.com', 'UI-HOST.Example.COM', 'localhost'],
  logicalSystem: ['', 'S4HCLNT100', 'Q7Q', '0123456789'],
  businessSystem: ['', 'S4H_FIN_PRD', 'Business system with spaces', 'x'.repeat(60)],
  sccLocationId: ['', 'FINDC01', 'loc', 'A'.repeat(64)],
  contactName: ['', 'Finance IT', 'Zoë Müller-Lüdenscheidt', 'x'.repeat(80)],
  email: ['', 'fin-it@example.com', 'first.last+rotation@sub.example.co.uk', "o'brien@example.ie"],
  phone: ['', '+49 6227 7-47474', '+1 (555) 010-2030', '030/1234 567', '112'],
}

const bad: Record<keyof typeof fields, [string, RegExp][]> = {
  uiHost: [
    ['not a host!', /host name such as/],
    ['https://ui.example.com', /host name such as/],
    ['a'.repeat(254), /at most 253/],
  ],
  logicalSystem: [
    ['s4hclnt100', /capital letters and digits/],
    ['S4H_CLNT', /capital letters and digits/],
    ['S4HCLNT1000', /at most 10/],
  ],
  businessSystem: [
    ['x'.repeat(61), /at most 60/],
    ['BS\u202eX', /control characters/],
  ],
  sccLocationId: [
    ['loc 1', /letters and digits/],
    ['loc-1', /letters and digits/],
    ['L'.repeat(65), /at most 64/],
  ],
  contactName: [
    ['x'.repeat(81), /at most 80/],
    ['Finance\nIT', /control characters/],
  ],
  email: [
    ['fin-it', /e-mail address/],
    ['fin-it@', /e-mail address/],
    ['fin it@example.com', /e-mail address/],
    ['fin-it@example', /e-mail address/],
    ['a@b@example.com', /e-mail address/],
    [`a@${'b'.repeat(250)}.com`, /at most 254/],
  ],
  phone: [
    ['call me', /phone number/],
    ['+49 30 1234 ext. 5', /phone number/],
    ['+-()', /phone number/],
    ['1'.repeat(31), /at most 30/],
  ],
}

describe("SAP's Communication System fields", () => {
  for (const [name, schema] of Object.entries(fields)) {
    const field = name as keyof typeof fields
    it.each(good[field])(`${field} accepts %j`, (value) => {
      expect(schema.safeParse(value).success).toBe(true)
    })
    it.each(bad[field])(`${field} refuses %j`, (value, message) => {
      const parsed = schema.safeParse(value)
      expect(parsed.success).toBe(false)
      expect(parsed.error?.issues[0]?.message).toMatch(message)
    })
  }

  it('trims what it keeps', () => {
    expect(
      updateSystemRequest.parse({ email: ' a@example.com ', uiHost: ' ui.example.com ' }),
    ).toEqual({ email: 'a@example.com', uiHost: 'ui.example.com' })
  })

  it('a PATCH names the field it refuses, and Cloud Connector is on or off', () => {
    const parsed = updateSystemRequest.safeParse({ phone: 'call me', cloudConnector: 'yes' })
    expect(parsed.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'cloudConnector',
      'phone',
    ])
    expect(updateSystemRequest.safeParse({ cloudConnector: true }).success).toBe(true)
  })
})

describe('the password of an outbound user', () => {
  const passwordUser = { userName: 'U', authenticationMethod: 'User Name and Password' } as const

  it('is required for a new User Name and Password user, and only for one', () => {
    expect(outboundUserRequest.safeParse(passwordUser).error?.issues).toMatchObject([
      { path: ['password'], message: 'Enter a Password.' },
    ])
    expect(outboundUserRequest.safeParse({ ...passwordUser, password: '' }).success).toBe(false)
    expect(outboundUserRequest.safeParse({ ...passwordUser, password: 's3cret' }).success).toBe(
      true,
    )
    const none = { userName: 'U', authenticationMethod: 'None', password: 's3cret' }
    expect(outboundUserRequest.safeParse(none).error?.issues).toMatchObject([
      { path: ['password'], message: 'Only users with User Name and Password have a Password.' },
    ])
  })

  it('may be left out or empty on a change (the saved one stays), and has a limit', () => {
    expect(outboundUserChecks.safeParse(passwordUser).success).toBe(true)
    expect(updateOutboundUserRequest.safeParse({ password: '' }).success).toBe(true)
    expect(updateOutboundUserRequest.safeParse({ password: 'p'.repeat(129) }).success).toBe(false)
  })
})
