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

/** The field names the Communication Systems app shows, for change records. */
export const FIELD_LABELS: Record<keyof SystemFields, string> = {
  systemName: 'System Name',
  hostName: 'Host Name',
  port: 'Port',
  contactInformation: 'Contact Information',
  inboundOnly: 'Inbound Only',
  inboundUsers: 'Users for Inbound Communication',
}

/** Checks the header fields an edit gives; fields left out are not in the result. */
export function validateSystemFields(changes: SystemChanges): Result<SystemChanges> {
  const valid: { -readonly [K in keyof SystemFields]?: SystemFields[K] } = {}
  const checks: [keyof SystemFields, (v: unknown) => Result<unknown>][] = [
    ['systemName', (v) => requireText(v, 'systemName', 'System Name')],
    ['hostName', (v) => requireHost(v, 'hostName', 'Host Name')],
    ['port', requirePort],
    [
      'contactInformation',
      (v) =>
        typeof v === 'string'
          ? { ok: true, value: v }
          : fail('InvalidCommand', 'Contact information must be text.', 'contactInformation'),
    ],
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
