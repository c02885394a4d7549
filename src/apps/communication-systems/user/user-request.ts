import type { AuthenticationMethod, ClientAuthentication } from '../../../api/contracts/common'
import {
  presentsClientCertificate,
  type OutboundUser,
  type OutboundUserRequest,
  type UpdateOutboundUserRequest,
} from '../../../api/contracts/communication-systems'

/** What the dialog's fields hold, including choices that are hidden for the chosen method. */
export interface UserValues {
  authenticationMethod: AuthenticationMethod
  userName: string
  clientAuthentication: ClientAuthentication
  clientCertificateId: string
  /** What the administrator typed: a password is write-only, so the field never starts filled. */
  password: string
}

const PASSWORD_METHOD: AuthenticationMethod = 'User Name and Password'

export function valuesOfUser(user: OutboundUser | undefined): UserValues {
  return {
    authenticationMethod: user?.authenticationMethod ?? 'SSL Client Certificate',
    userName: user?.userName ?? '',
    clientAuthentication: user?.clientAuthentication ?? 'Client Secret',
    clientCertificateId: user?.clientCertificateId ?? '',
    password: '',
  }
}

/**
 * The user the fields stand for, in the API's shape: a Client Authentication only for OAuth 2.0,
 * a certificate only where the contract says the user presents one. A hidden field's value stays
 * in the form (switching back restores it) but is never sent.
 */
export function requestOfValues(values: UserValues): OutboundUserRequest {
  const request: OutboundUserRequest = {
    userName: values.userName,
    authenticationMethod: values.authenticationMethod,
    ...(values.authenticationMethod === 'OAuth 2.0'
      ? { clientAuthentication: values.clientAuthentication }
      : {}),
  }
  if (values.authenticationMethod === PASSWORD_METHOD && values.password !== '')
    request.password = values.password
  return presentsClientCertificate(request) && values.clientCertificateId
    ? { ...request, clientCertificateId: values.clientCertificateId }
    : request
}

/**
 * The PATCH body: only the fields that differ from the saved user. When the way the user
 * authenticates changes, its Client Authentication and certificate go along, so the API never
 * has to fill them in from what was saved before. Leaving mTLS sends no certificate: the API
 * drops it for a user that presents none.
 */
export function changesOf(
  user: OutboundUser,
  request: OutboundUserRequest,
): UpdateOutboundUserRequest {
  const saved = requestOfValues(valuesOfUser(user))
  const methodChanged = request.authenticationMethod !== saved.authenticationMethod
  const authenticationChanged =
    methodChanged || request.clientAuthentication !== saved.clientAuthentication
  return {
    ...(request.userName !== saved.userName ? { userName: request.userName } : {}),
    ...(methodChanged ? { authenticationMethod: request.authenticationMethod } : {}),
    ...(request.clientAuthentication && authenticationChanged
      ? { clientAuthentication: request.clientAuthentication }
      : {}),
    ...(request.clientCertificateId &&
    (authenticationChanged || request.clientCertificateId !== saved.clientCertificateId)
      ? { clientCertificateId: request.clientCertificateId }
      : {}),
    // A typed password replaces the saved one; an empty field keeps it.
    ...(request.password ? { password: request.password } : {}),
  }
}
