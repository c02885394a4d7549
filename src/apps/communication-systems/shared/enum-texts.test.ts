import { describe, expect, it } from 'vitest'
import { loadTexts } from '../../../ui/i18n/text-bundle'
import { actorKeys, categoryKeys, fieldKeys } from '../changes/change-texts'
import { appTexts } from '../i18n/texts'
import {
  authenticationMethodKeys,
  authenticationMethodText,
  clientAuthenticationKeys,
} from './enum-texts'

// The key maps are not literal `t('…')` calls, so the bundle test cannot see them: checked here.
const maps = {
  authenticationMethodKeys,
  clientAuthenticationKeys,
  categoryKeys,
  actorKeys,
  fieldKeys,
}

describe('key maps of API values', () => {
  it.each(Object.entries(maps))(
    '%s names keys of the English and German bundles',
    async (_, map) => {
      const german = await appTexts.load('de')
      for (const key of Object.values(map)) {
        expect(appTexts.english).toHaveProperty([key])
        expect(german).toHaveProperty([key])
      }
    },
  )

  it('show the values in English as the API writes them, and in German', async () => {
    const en = await loadTexts(appTexts, 'en')
    const de = await loadTexts(appTexts, 'de')
    for (const [method, key] of Object.entries(authenticationMethodKeys)) {
      expect(en(key)).toBe(method)
      expect(authenticationMethodText(en, method)).toBe(method)
    }
    for (const [category, key] of Object.entries(categoryKeys)) expect(en(key)).toBe(category)
    for (const [label, key] of Object.entries(fieldKeys)) expect(en(key)).toBe(label)
    expect(authenticationMethodText(de, 'SSL Client Certificate')).toBe('SSL-Clientzertifikat')
    expect(authenticationMethodText(de, 'Kerberos')).toBe('Kerberos')
    for (const [value, key] of Object.entries(clientAuthenticationKeys)) expect(en(key)).toBe(value)
    expect(authenticationMethodText(en, 'OAuth 2.0', 'mTLS')).toBe('OAuth 2.0 (mTLS)')
    expect(authenticationMethodText(de, 'OAuth 2.0', 'Client Secret')).toBe(
      'OAuth 2.0 (Client-Secret)',
    )
  })
})
