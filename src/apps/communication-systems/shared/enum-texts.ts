import type { AuthenticationMethod, ClientAuthentication } from '../../../api/contracts/common'
import type { Texts } from '../../../ui/i18n/text-bundle'

// The API's enumerations are English codes; the screen shows them in the user's language.

export const authenticationMethodKeys: Record<AuthenticationMethod, string> = {
  None: 'authenticationMethod.none',
  'User Name and Password': 'authenticationMethod.userNameAndPassword',
  'SSL Client Certificate': 'authenticationMethod.sslClientCertificate',
  'OAuth 2.0': 'authenticationMethod.oauth2',
}

export const clientAuthenticationKeys: Record<ClientAuthentication, string> = {
  'Client Secret': 'clientAuthentication.clientSecret',
  mTLS: 'clientAuthentication.mtls',
}

/**
 * "SSL Client Certificate" / "SSL-Clientzertifikat", "OAuth 2.0 (mTLS)" with its client
 * authentication; an unknown method as the API wrote it.
 */
export function authenticationMethodText(
  t: Texts,
  method: string,
  clientAuthentication?: ClientAuthentication,
): string {
  const key = authenticationMethodKeys[method as AuthenticationMethod]
  const text = key ? t(key) : method
  if (!clientAuthentication) return text
  return t(
    'authenticationMethod.withClientAuthentication',
    text,
    t(clientAuthenticationKeys[clientAuthentication]),
  )
}
