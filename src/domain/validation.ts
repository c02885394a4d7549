import type { NewOutboundUser } from './commands'
import { fail, type Result } from './errors'
import { hostKey } from './host-name'
import { findOutboundUser, findSystem, type FoundSystem, type FoundUser } from './lookup'
import {
  AUTHENTICATION_METHODS,
  CLIENT_AUTHENTICATIONS,
  TRUST_MODES,
  type AuthenticationMethod,
  type ClientAuthentication,
  type TrustMode,
  type CommunicationSystem,
  type ExternalSystem,
  type ExternalSystemCapacity,
  type InboundUser,
  type RejectionCode,
  type RotationState,
} from './types'

// Commands arrive from HTTP bodies the backend has parsed, but the engine guards its own invariants.

/** A trimmed, non-empty text, or an InvalidCommand naming the field. */
export function requireText(value: unknown, field: string, label: string): Result<string> {
  if (typeof value !== 'string' || value.trim() === '')
    return fail('InvalidCommand', `${label} must not be empty.`, field)
  return { ok: true, value: value.trim() }
}

/** A TCP port, 1 to 65535. */
export function requirePort(value: unknown): Result<number> {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65535) {
    return fail(
      'InvalidCommand',
      `Port must be a whole number from 1 to 65535, not "${String(value)}".`,
      'port',
    )
  }
  return { ok: true, value }
}

/** One of the four authentication methods of an outbound user. */
export function requireAuthenticationMethod(
  value: unknown,
  field: string,
): Result<AuthenticationMethod> {
  const method = AUTHENTICATION_METHODS.find((m) => m === value)
  if (!method) {
    const message = `Authentication Method must be one of ${AUTHENTICATION_METHODS.join(', ')}.`
    return fail('InvalidCommand', message, field)
  }
  return { ok: true, value: method }
}

/** A host name: trimmed, not empty, stored in lower case (hosts compare case-insensitively). */
export function requireHost(value: unknown, field: string, label: string): Result<string> {
  const text = requireText(value, field, label)
  return text.ok ? { ok: true, value: hostKey(text.value) } : text
}

/** How an external system decides whom it trusts. */
export function requireTrustMode(value: unknown): Result<TrustMode> {
  const mode = TRUST_MODES.find((m) => m === value)
  if (mode) return { ok: true, value: mode }
  return fail('InvalidCommand', `Trust mode must be one of ${TRUST_MODES.join(', ')}.`, 'trustMode')
}

/** Capacity of an external system's trust store. */
export function requireCapacity(value: unknown): Result<ExternalSystemCapacity> {
  if (value === 'multiple' || value === 'single') return { ok: true, value }
  return fail('InvalidCommand', 'Capacity must be "multiple" or "single".', 'capacity')
}

/** The HTTP status an external system answers a refused certificate with. */
export function requireRejectionCode(value: unknown): Result<RejectionCode> {
  if (value === 401 || value === 403) return { ok: true, value }
  return fail(
    'InvalidCommand',
    'Rejection code must be 401 (Unauthorized) or 403 (Forbidden).',
    'rejectionCode',
  )
}

/** A boolean flag such as Inbound Only. */
export function requireBoolean(value: unknown, field: string): Result<boolean> {
  if (typeof value === 'boolean') return { ok: true, value }
  return fail('InvalidCommand', `${field} must be true or false.`, field)
}

/** Users for Inbound Communication: each with a user name and an authentication method. */
export function requireInboundUsers(value: unknown): Result<InboundUser[]> {
  if (!Array.isArray(value))
    return fail('InvalidCommand', 'Users for Inbound Communication must be a list.', 'inboundUsers')
  const users: InboundUser[] = []
  for (const item of value as unknown[]) {
    const entry = (item ?? {}) as Partial<InboundUser>
    const userName = requireText(entry.userName, 'inboundUsers', 'Inbound user name')
    if (!userName.ok) return userName
    const method = requireAuthenticationMethod(entry.authenticationMethod, 'inboundUsers')
    if (!method.ok) return method
    users.push({ userName: userName.value, authenticationMethod: method.value })
  }
  return { ok: true, value: users }
}

/** Checks the If-Match version a client sent against the system's current version. */
export function checkVersion(
  system: CommunicationSystem,
  expectedVersion: number | undefined,
): Result<true> {
  if (expectedVersion === undefined || expectedVersion === system.version)
    return { ok: true, value: true }
  const message = `Communication system ${system.systemId} was changed meanwhile (version ${system.version}, you edited version ${expectedVersion}). Reload it and apply your change again.`
  return fail('VersionConflict', message, 'expectedVersion')
}

/** Whether a user with this method and client authentication presents a client certificate. */
export function usesClientCertificate(
  method: AuthenticationMethod,
  clientAuthentication: ClientAuthentication | undefined,
): boolean {
  return (
    method === 'SSL Client Certificate' ||
    (method === 'OAuth 2.0' && clientAuthentication === 'mTLS')
  )
}

/**
 * The shape of a new outbound user, before its certificate is checked against the state. OAuth 2.0
 * users have a Client Authentication (Client Secret unless given); with mTLS they need a certificate.
 */
export function requireOutboundUserShape(
  user: NewOutboundUser | undefined,
): Result<NewOutboundUser> {
  const userName = requireText(user?.userName, 'userName', 'User Name')
  if (!userName.ok) return userName
  const method = requireAuthenticationMethod(user?.authenticationMethod, 'authenticationMethod')
  if (!method.ok) return method
  const clientAuthentication = requireClientAuthentication(method.value, user?.clientAuthentication)
  if (!clientAuthentication.ok) return clientAuthentication
  const certificateId = user?.clientCertificateId
  const needsCertificate = usesClientCertificate(method.value, clientAuthentication.value)
  if (needsCertificate && (certificateId === undefined || certificateId === '')) {
    const message =
      method.value === 'OAuth 2.0'
        ? 'A user with OAuth 2.0 and mTLS client authentication needs a Client Certificate.'
        : 'A user with SSL Client Certificate needs a Client Certificate.'
    return fail('InvalidCommand', message, 'clientCertificateId')
  }
  if (!needsCertificate && certificateId !== undefined) {
    const message =
      'Only users with SSL Client Certificate, or OAuth 2.0 with mTLS client authentication, have a Client Certificate.'
    return fail('InvalidCommand', message, 'clientCertificateId')
  }
  const passwordHash = requirePasswordHash(method.value, user?.passwordHash)
  if (!passwordHash.ok) return passwordHash
  return {
    ok: true,
    value: {
      userName: userName.value,
      authenticationMethod: method.value,
      ...(clientAuthentication.value === undefined
        ? {}
        : { clientAuthentication: clientAuthentication.value }),
      ...(certificateId === undefined ? {} : { clientCertificateId: certificateId }),
      ...(passwordHash.value === undefined ? {} : { passwordHash: passwordHash.value }),
    },
  }
}

/** A password (as the backend's hash) belongs to User Name and Password users only. */
function requirePasswordHash(
  method: AuthenticationMethod,
  value: unknown,
): Result<string | undefined> {
  if (value === undefined) return { ok: true, value: undefined }
  if (method !== 'User Name and Password') {
    const message = 'Only users with User Name and Password have a Password.'
    return fail('InvalidCommand', message, 'password')
  }
  if (typeof value !== 'string' || value === '')
    return fail('InvalidCommand', 'Enter a Password.', 'password')
  return { ok: true, value }
}

/** A user that starts to authenticate with User Name and Password must be given a password. */
export function requirePasswordForNewMethod(user: NewOutboundUser): Result<true> {
  if (user.authenticationMethod !== 'User Name and Password' || user.passwordHash !== undefined)
    return { ok: true, value: true }
  return fail('InvalidCommand', 'A user with User Name and Password needs a Password.', 'password')
}

function requireClientAuthentication(
  method: AuthenticationMethod,
  value: unknown,
): Result<ClientAuthentication | undefined> {
  if (method !== 'OAuth 2.0') {
    if (value === undefined) return { ok: true, value: undefined }
    const message = 'Only users with OAuth 2.0 have a Client Authentication.'
    return fail('InvalidCommand', message, 'clientAuthentication')
  }
  if (value === undefined) return { ok: true, value: 'Client Secret' }
  const found = CLIENT_AUTHENTICATIONS.find((c) => c === value)
  if (found) return { ok: true, value: found }
  const message = `Client Authentication must be one of ${CLIENT_AUTHENTICATIONS.join(', ')}.`
  return fail('InvalidCommand', message, 'clientAuthentication')
}

/** A fresh external system for a host nobody configured yet: several certificates, answers 401. */
export function defaultExternalSystem(host: string): ExternalSystem {
  return {
    host: hostKey(host),
    trustMode: 'PinnedCertificate',
    capacity: 'multiple',
    rejectionCode: 401,
    trustStore: [],
    connectionLog: [],
  }
}

/** Finds a system the client means to change, refusing when it changed since the client read it (If-Match). */
export function findSystemToChange(
  state: RotationState,
  systemId: unknown,
  expectedVersion: number | undefined,
): Result<FoundSystem> {
  const found = findSystem(state, systemId)
  if (!found.ok) return found
  const version = checkVersion(found.value.system, expectedVersion)
  return version.ok ? found : version
}

/** Finds an outbound user the client means to change, with the same version check on its system. */
export function findOutboundUserToChange(
  state: RotationState,
  systemId: unknown,
  userId: unknown,
  expectedVersion: number | undefined,
): Result<FoundUser> {
  const found = findOutboundUser(state, systemId, userId)
  if (!found.ok) return found
  const version = checkVersion(found.value.system, expectedVersion)
  return version.ok ? found : version
}
