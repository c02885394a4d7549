import { describe, expect, it } from 'vitest'
import { loadTexts } from '../i18n/text-bundle'
import { authenticationMethodText, authenticationTexts } from './authentication-words'

describe('the shared words for authentication methods', () => {
  it('read as SAP names them, in English and German, with the client authentication', async () => {
    const en = await loadTexts(authenticationTexts, 'en')
    const de = await loadTexts(authenticationTexts, 'de')
    expect(authenticationMethodText(en, 'SSL Client Certificate')).toBe('SSL Client Certificate')
    expect(authenticationMethodText(en, 'OAuth 2.0', 'mTLS')).toBe('OAuth 2.0 (mTLS)')
    expect(authenticationMethodText(de, 'User Name and Password')).toBe('Benutzername und Kennwort')
    expect(authenticationMethodText(de, 'OAuth 2.0', 'Client Secret')).toBe(
      'OAuth 2.0 (Client-Secret)',
    )
  })

  it('keep a method this version does not know as the API wrote it', async () => {
    const en = await loadTexts(authenticationTexts, 'en')
    expect(authenticationMethodText(en, 'SAML Bearer')).toBe('SAML Bearer')
  })
})
