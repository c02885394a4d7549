import { describe, expect, it } from 'vitest'
import {
  createSystemRequest,
  outboundUserRequest,
  updateSystemRequest,
} from '../../../api/contracts/communication-systems'
import { loadTexts } from '../../../ui/i18n/text-bundle'
import { appTexts } from '../i18n/texts'
import { fieldErrorsFromZod, issueKeys, issueText } from './field-errors'

// Inputs that break every rule the screens check before sending.
const failures = [
  createSystemRequest.safeParse({}),
  createSystemRequest.safeParse({ systemId: ' ', systemName: '', hostName: '' }),
  createSystemRequest.safeParse({
    systemId: 'bad id',
    systemName: 'x'.repeat(81),
    hostName: 'not a host!',
    contactName: 'x'.repeat(81),
  }),
  createSystemRequest.safeParse({
    systemId: 'A'.repeat(41),
    systemName: 'X',
    hostName: 'a'.repeat(254),
  }),
  createSystemRequest.safeParse({
    systemId: 'A',
    systemName: 'X',
    hostName: 'a.b',
    uiHost: 'not a host!',
    logicalSystem: 'lower',
    businessSystem: 'x'.repeat(61),
    sccLocationId: 'loc 1',
    email: 'not-an-e-mail',
    phone: 'call me',
  }),
  updateSystemRequest.safeParse({
    uiHost: 'a'.repeat(254),
    logicalSystem: 'ABCDEFGHIJK',
    sccLocationId: 'L'.repeat(65),
    email: `a@${'b'.repeat(250)}.com`,
    phone: '1'.repeat(31),
  }),
  updateSystemRequest.safeParse({ port: Number.NaN }),
  updateSystemRequest.safeParse({ port: 1.5 }),
  updateSystemRequest.safeParse({ port: 0 }),
  updateSystemRequest.safeParse({ port: 70000 }),
  outboundUserRequest.safeParse({ userName: ' ', authenticationMethod: 'SSL Client Certificate' }),
  outboundUserRequest.safeParse({
    userName: 'x'.repeat(61),
    authenticationMethod: 'SSL Client Certificate',
    clientCertificateId: '',
  }),
  outboundUserRequest.safeParse({
    userName: 'BTP_MDG',
    authenticationMethod: 'OAuth 2.0',
    clientAuthentication: 'mTLS',
  }),
  outboundUserRequest.safeParse({ userName: 'U', authenticationMethod: 'User Name and Password' }),
  outboundUserRequest.safeParse({
    userName: 'U',
    authenticationMethod: 'User Name and Password',
    password: 'p'.repeat(129),
  }),
].flatMap((result) => (result.success ? [] : result.error.issues))

const fieldOf = (issue: (typeof failures)[number]) => issue.path.join('.')

describe('client-side checks', () => {
  it('say in English exactly what the shared contracts say', async () => {
    const t = await loadTexts(appTexts, 'en')
    expect(failures.length).toBeGreaterThan(20)
    for (const issue of failures)
      expect([fieldOf(issue), issueText(t, fieldOf(issue), issue)]).toEqual([
        fieldOf(issue),
        issue.message,
      ])
  })

  it('have a German text for every rule, and every mapped rule is one of these', async () => {
    const t = await loadTexts(appTexts, 'de')
    for (const issue of failures) {
      const text = issueText(t, fieldOf(issue), issue)
      expect([fieldOf(issue), text]).not.toEqual([fieldOf(issue), issue.message])
      expect(text).not.toMatch(/^validation\./)
    }
    const used = new Set(
      failures.map((issue) => {
        const code =
          issue.code === 'invalid_type' && issue.expected === 'int' ? 'not_int' : issue.code
        return `${fieldOf(issue)}.${code}`
      }),
    )
    expect(Object.keys(issueKeys).filter((rule) => !used.has(rule))).toEqual([])
  })

  it('name the first problem per field, in German with the limit from the rule', async () => {
    const t = await loadTexts(appTexts, 'de')
    const empty = createSystemRequest.safeParse({ systemId: '', systemName: '', hostName: '' })
    const long = createSystemRequest.safeParse({
      systemId: 'A'.repeat(41),
      systemName: 'X',
      hostName: 'a.b',
    })
    expect(empty.success || fieldErrorsFromZod(empty.error, t)).toEqual({
      systemId: 'Geben Sie eine System-ID ein.',
      systemName: 'Geben Sie einen Systemnamen ein.',
      hostName: 'Geben Sie einen Hostnamen ein.',
    })
    expect(long.success || fieldErrorsFromZod(long.error, t)).toEqual({
      systemId: 'Eine System-ID hat höchstens 40 Zeichen.',
    })
  })

  it("name a refused control or text-direction character in the user's language, with its code point", async () => {
    const spoofed = createSystemRequest.safeParse({
      systemId: 'A',
      systemName: 'Payroll\u202Etxt.exe',
      hostName: 'a.b',
      contactName: 'line\nbreak',
    })
    expect(spoofed.success).toBe(false)
    if (spoofed.success) return
    expect(fieldErrorsFromZod(spoofed.error, await loadTexts(appTexts, 'de'))).toEqual({
      systemName:
        'Entfernen Sie das Steuer-, Zeilenumbruch- oder Textrichtungszeichen (gefunden: U+202E).',
      contactName:
        'Entfernen Sie das Steuer-, Zeilenumbruch- oder Textrichtungszeichen (gefunden: U+000A).',
    })
    expect(fieldErrorsFromZod(spoofed.error, await loadTexts(appTexts, 'en')).systemName).toBe(
      'Remove the control, line-break or text-direction character (found U+202E).',
    )
  })

  it("keep the contract's message for a rule without a text of the screen's", async () => {
    const t = await loadTexts(appTexts, 'de')
    const unknown = createSystemRequest.safeParse({
      systemId: 'A',
      systemName: 'X',
      hostName: 'a.b',
      extra: 1,
    })
    expect(unknown.success).toBe(false)
    if (!unknown.success) {
      const [issue] = unknown.error.issues
      expect(fieldErrorsFromZod(unknown.error, t)).toEqual({ '(body)': issue?.message })
    }
  })
})
