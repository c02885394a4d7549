import type { AuthenticationMethod, ReadinessStatus } from '../../../api/contracts/common'
import type { Texts } from '../../../ui/i18n/text-bundle'

// The API's enumerations are English codes; the screen shows them in the user's language.

export const authenticationMethodKeys: Record<AuthenticationMethod, string> = {
  None: 'authenticationMethod.none',
  'User Name and Password': 'authenticationMethod.userNameAndPassword',
  'SSL Client Certificate': 'authenticationMethod.sslClientCertificate',
  'OAuth 2.0': 'authenticationMethod.oauth2',
}

/** "SSL Client Certificate" / "SSL-Clientzertifikat"; an unknown method as the API wrote it. */
export function authenticationMethodText(t: Texts, method: string): string {
  const key = authenticationMethodKeys[method as AuthenticationMethod]
  return key ? t(key) : method
}

export const readinessKeys: Record<ReadinessStatus, string> = {
  Done: 'readiness.done',
  OK: 'readiness.ok',
  'Switch pending': 'readiness.switchPending',
  'Upload pending': 'readiness.uploadPending',
  Broken: 'readiness.broken',
}

/** A readiness in words; none (a user without certificate) is "Not certificate-based". */
export function readinessText(t: Texts, readiness: ReadinessStatus | undefined): string {
  return readiness ? t(readinessKeys[readiness]) : t('readiness.notCertificateBased')
}
