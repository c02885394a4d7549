import { describe, expect, it } from 'vitest'
import { loadTexts } from '../../../ui/i18n/text-bundle'
import { authenticationTexts } from '../../../ui/words/authentication-words'
import { appTexts } from '../i18n/texts'
import { actorText, changeCategoryText, changeFieldText, changeValueText } from './change-texts'

describe('change records', () => {
  it('show category, actor, field and coded values in German; data stays as it is', async () => {
    const t = await loadTexts(appTexts, 'de')
    const auth = await loadTexts(authenticationTexts, 'de')
    expect(changeCategoryText(t, 'Users for Outbound Communication')).toBe(
      'Benutzer für ausgehende Kommunikation',
    )
    expect(actorText(t, 'Administrator')).toBe('Administrator')
    expect(changeFieldText(t, 'Host Name')).toBe('Hostname')
    expect(changeFieldText(t, 'Trust Store')).toBe('Trust Store')
    expect(changeFieldText(t, undefined)).toBe('')
    expect(changeValueText(t, auth, 'Authentication Method', 'User Name and Password')).toBe(
      'Benutzername und Kennwort',
    )
    expect(changeValueText(t, auth, 'Inbound Only', 'true')).toBe('Ja')
    expect(changeFieldText(t, 'Client Authentication')).toBe('Client-Authentifizierung')
    expect(changeValueText(t, auth, 'Client Authentication', 'Client Secret')).toBe('Client-Secret')
    expect(changeValueText(t, auth, 'Client Authentication', 'Kerberos')).toBe('Kerberos')
    expect(changeValueText(t, auth, 'Host Name', 'api.example.com')).toBe('api.example.com')
  })

  it('read in English as the API writes them', async () => {
    const t = await loadTexts(appTexts, 'en')
    const auth = await loadTexts(authenticationTexts, 'en')
    expect(changeCategoryText(t, 'Client Certificate')).toBe('Client Certificate')
    expect(changeFieldText(t, 'Users for Inbound Communication')).toBe(
      'Users for Inbound Communication',
    )
    expect(changeValueText(t, auth, 'Inbound Only', 'false')).toBe('No')
  })
})
