import { findAssignableCertificate } from './certificates'
import type { ChangeLog } from './change-log'
import type { NewOutboundUser, SystemFields } from './commands'
import { fail, type Result } from './errors'
import { hostKey } from './host-name'
import type { ExternalSystem, OutboundUser, RotationState } from './types'
import {
  defaultExternalSystem,
  requireBoolean,
  requireInboundUsers,
  requireOutboundUserShape,
  requirePasswordForNewMethod,
  requireHost,
  requirePort,
  requireText,
} from './validation'

/** Adds the external system a new host name points to, so every communication system has one to talk to. */
export function ensureExternalSystem(
  state: RotationState,
  host: string,
  log: ChangeLog,
): readonly ExternalSystem[] {
  if (state.externalSystems.some((e) => e.host === hostKey(host))) return state.externalSystems
  log.add({
    date: state.today,
    actor: 'Administrator',
    category: 'External System',
    objectId: host,
    message: `External system ${host} was added to the simulation (pins certificates, several certificates, answers 401).`,
  })
  return [...state.externalSystems, defaultExternalSystem(host)]
}

/** Validates a new outbound user against the state and gives it the next deterministic id. */
export function buildOutboundUser(
  state: RotationState,
  input: NewOutboundUser | undefined,
  id: string,
): Result<OutboundUser> {
  const shape = requireOutboundUserShape(input)
  if (!shape.ok) return shape
  const password = requirePasswordForNewMethod(shape.value)
  if (!password.ok) return password
  if (shape.value.clientCertificateId !== undefined) {
    const certificate = findAssignableCertificate(
      state,
      shape.value.clientCertificateId,
      'clientCertificateId',
    )
    if (!certificate.ok) return certificate
  }
  return { ok: true, value: { id, ...shape.value } }
}

export type SystemChanges = Partial<SystemFields>

/** What a new system has unless the request says otherwise (its name defaults to its ID). */
export const NEW_SYSTEM_DEFAULTS: Omit<SystemFields, 'systemName' | 'hostName'> = {
  port: 443,
  uiHost: '',
  logicalSystem: '',
  businessSystem: '',
  cloudConnector: false,
  sccLocationId: '',
  contactName: '',
  email: '',
  phone: '',
  inboundOnly: false,
  inboundUsers: [],
}

/** The field names the Communication Systems app shows, for change records. */
export const FIELD_LABELS: Record<keyof SystemFields, string> = {
  systemName: 'System Name',
  hostName: 'Host Name',
  port: 'Port',
  uiHost: 'UI Host',
  logicalSystem: 'Logical System',
  businessSystem: 'Business System',
  cloudConnector: 'Cloud Connector',
  sccLocationId: 'SCC Location ID',
  contactName: 'Contact Name',
  email: 'E-Mail',
  phone: 'Phone',
  inboundOnly: 'Inbound Only',
  inboundUsers: 'Users for Inbound Communication',
}

/** A text field that may stay empty (the API has checked its format). */
function optionalText(field: keyof SystemFields): (value: unknown) => Result<string> {
  return (value) =>
    typeof value === 'string'
      ? { ok: true, value: value.trim() }
      : fail('InvalidCommand', `${FIELD_LABELS[field]} must be text.`, field)
}

/** UI Host: empty, or a host name stored in lower case like the Host Name. */
function optionalHost(value: unknown): Result<string> {
  if (typeof value === 'string' && value.trim() === '') return { ok: true, value: '' }
  return requireHost(value, 'uiHost', 'UI Host')
}

/** Checks the header fields an edit gives; fields left out are not in the result. */
export function validateSystemFields(changes: SystemChanges): Result<SystemChanges> {
  const valid: { -readonly [K in keyof SystemFields]?: SystemFields[K] } = {}
  const checks: [keyof SystemFields, (v: unknown) => Result<unknown>][] = [
    ['systemName', (v) => requireText(v, 'systemName', 'System Name')],
    ['hostName', (v) => requireHost(v, 'hostName', 'Host Name')],
    ['port', requirePort],
    ['uiHost', optionalHost],
    ['logicalSystem', optionalText('logicalSystem')],
    ['businessSystem', optionalText('businessSystem')],
    ['cloudConnector', (v) => requireBoolean(v, 'cloudConnector')],
    ['sccLocationId', optionalText('sccLocationId')],
    ['contactName', optionalText('contactName')],
    ['email', optionalText('email')],
    ['phone', optionalText('phone')],
    ['inboundOnly', (v) => requireBoolean(v, 'inboundOnly')],
    ['inboundUsers', requireInboundUsers],
  ]
  for (const [field, check] of checks) {
    if (changes[field] === undefined) continue
    const result = check(changes[field])
    if (!result.ok) return result
    Object.assign(valid, { [field]: result.value })
  }
  return { ok: true, value: valid }
}

/**
 * SAP asks for an SCC Location ID only when the system is reached through the Cloud Connector:
 * switching it off forgets the location, and a location without it is refused.
 */
export function withCloudConnectorRule(
  system: Pick<SystemFields, 'cloudConnector' | 'sccLocationId'>,
  changes: SystemChanges,
): Result<SystemChanges> {
  const cloudConnector = changes.cloudConnector ?? system.cloudConnector
  if (cloudConnector) return { ok: true, value: changes }
  if (changes.sccLocationId !== undefined && changes.sccLocationId !== '') {
    const message = 'An SCC Location ID needs Cloud Connector to be switched on.'
    return fail('InvalidCommand', message, 'sccLocationId')
  }
  return {
    ok: true,
    value: system.sccLocationId === '' ? changes : { ...changes, sccLocationId: '' },
  }
}
