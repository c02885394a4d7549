import type { CertificateRole } from '../../api/contracts/client-certificates'
import type { Texts } from '../i18n/text-bundle'
import type { SemanticState } from './readiness-words'

// The roles the API gives a certificate (its `role`), how loud each is and how it reads, in one
// place: screens decide by the role, never by a certificate's description.

/** SAP's name of its current default certificate, which is also that certificate's role. */
export const CLIENT_DEFAULT = 'Client Default' satisfies CertificateRole

/**
 * How loud each role is: Client Default Expiring is what the rotation removes, the certificate an
 * administrator moves users away from. Never 'None', so that a Tag (which has no 'None') takes it too.
 */
export const certificateRoleState: Record<CertificateRole, Exclude<SemanticState, 'None'>> = {
  'Client Default': 'Information',
  'Client Default Expiring': 'Critical',
  Customer: 'Information',
}

/**
 * A role in words. SAP's defaults are named as SAP names them, the same in every language (their
 * names are data: docs/decisions/008-languages.md); a customer's certificate in the user's language.
 */
export function certificateRoleLabel(t: Texts, role: CertificateRole): string {
  return role === 'Customer' ? t('certificateRole.customer') : role
}
