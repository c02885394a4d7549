import type { AuthenticationMethod, ClientAuthentication } from '../../api/contracts/common'
import english from './i18n/authentication.properties?raw'
import { useTexts } from '../i18n/language-context'
import { defineTextBundle, type Texts } from '../i18n/text-bundle'

// The API's authentication methods are English codes; every app says them with these words.

export const authenticationTexts = defineTextBundle(english, {
  de: () => import('./i18n/authentication_de.properties?raw').then((module) => module.default),
})

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

/** "SSL Client Certificate", "OAuth 2.0 (mTLS)"; an unknown method as the API wrote it. */
export function authenticationMethodText(
  t: Texts,
  method: string,
  clientAuthentication?: ClientAuthentication,
): string {
  const key = authenticationMethodKeys[method as AuthenticationMethod] as string | undefined
  const text = key ? t(key) : method
  if (!clientAuthentication) return text
  return t(
    'authenticationMethod.withClientAuthentication',
    text,
    t(clientAuthenticationKeys[clientAuthentication]),
  )
}

/** The authentication words in the user's language. */
export function useAuthenticationWords() {
  const t = useTexts(authenticationTexts)
  return (method: string, clientAuthentication?: ClientAuthentication) =>
    authenticationMethodText(t, method, clientAuthentication)
}
