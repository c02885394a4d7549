import { describe, expect, it } from 'vitest'
import { certificateRole } from '../../api/contracts/client-certificates'
import { loadTexts } from '../i18n/text-bundle'
import { uiTexts } from '../i18n/ui-text-bundle'
import { certificateRoleLabel, certificateRoleState } from './certificate-role-words'

describe('the shared words for certificate roles', () => {
  it('colour every role of the API, Client Default Expiring as the one to act on', () => {
    expect(Object.keys(certificateRoleState).sort()).toEqual([...certificateRole.options].sort())
    expect(certificateRoleState['Client Default Expiring']).toBe('Critical')
    expect(certificateRoleState['Client Default']).not.toBe('Critical')
  })

  it('keep SAP’s names in every language and translate the customer’s role', async () => {
    const en = await loadTexts(uiTexts, 'en')
    const de = await loadTexts(uiTexts, 'de')
    for (const t of [en, de]) {
      expect(certificateRoleLabel(t, 'Client Default')).toBe('Client Default')
      expect(certificateRoleLabel(t, 'Client Default Expiring')).toBe('Client Default Expiring')
    }
    expect(certificateRoleLabel(en, 'Customer')).toBe('Customer certificate')
    expect(certificateRoleLabel(de, 'Customer')).toBe('Kundenzertifikat')
  })
})
