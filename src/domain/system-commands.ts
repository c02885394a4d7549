import { findAssignableCertificate } from './certificates'
import { ChangeLog, refuse, succeed, unchanged } from './change-log'
import type { NewOutboundUser, NewSystem, SystemFields, TransitionResult } from './commands'
import { fail, type Result } from './errors'
import { findSystem, replaceAt } from './lookup'
import type { CommunicationSystem, ExternalSystem, OutboundUser, RotationState } from './types'
import {
  checkVersion,
  defaultExternalSystem,
  requireBoolean,
  requireInboundUsers,
  requireOutboundUserShape,
  requirePort,
  requireText,
} from './validation'

/** Adds the external system a new host name points to, so every communication system has one to talk to. */
export function ensureExternalSystem(
  state: RotationState,
  host: string,
  log: ChangeLog,
): readonly ExternalSystem[] {
  if (state.externalSystems.some((e) => e.host === host)) return state.externalSystems
  log.add({
    date: state.today,
    actor: 'Administrator',
    category: 'External System',
    objectId: host,
    message: `External system ${host} was added to the simulation (several certificates, answers 401).`,
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

type SystemChanges = Partial<SystemFields>

const FIELD_LABELS: Record<keyof SystemFields, string> = {
  systemName: 'System Name',
  hostName: 'Host Name',
  port: 'Port',
  contactInformation: 'Contact Information',
  inboundOnly: 'Inbound Only',
  inboundUsers: 'Users for Inbound Communication',
}

function validateFields(changes: SystemChanges): Result<SystemChanges> {
  const valid: { -readonly [K in keyof SystemFields]?: SystemFields[K] } = {}
  const checks: [keyof SystemFields, (v: unknown) => Result<unknown>][] = [
    ['systemName', (v) => requireText(v, 'systemName', 'System Name')],
    ['hostName', (v) => requireText(v, 'hostName', 'Host Name')],
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

/** Creates a communication system with its outbound users; an unknown host gets a fresh external system. */
export function createSystem(state: RotationState, input: NewSystem): TransitionResult {
  const systemId = requireText(input?.systemId, 'systemId', 'System ID')
  if (!systemId.ok) return refuse(state, systemId.error)
  if (state.systems.some((s) => s.systemId === systemId.value)) {
    return refuse(state, {
      code: 'DuplicateSystemId',
      message: `A communication system ${systemId.value} already exists.`,
      field: 'systemId',
    })
  }
  const fields = validateFields({
    systemName: systemId.value,
    port: 443,
    contactInformation: '',
    inboundOnly: false,
    inboundUsers: [],
    ...input,
  })
  if (!fields.ok) return refuse(state, fields.error)
  const hostName = requireText(input.hostName, 'hostName', 'Host Name')
  if (!hostName.ok) return refuse(state, hostName.error)
  const newUsers = input.outboundUsers ?? []
  if (fields.value.inboundOnly && newUsers.length > 0) {
    return refuse(state, {
      code: 'InvalidCommand',
      message: 'An inbound-only system has no users for outbound communication.',
      field: 'outboundUsers',
    })
  }
  const outboundUsers: OutboundUser[] = []
  let nextObjectId = state.nextObjectId
  for (const newUser of newUsers) {
    const user = buildOutboundUser(state, newUser, `user-${nextObjectId++}`)
    if (!user.ok) return refuse(state, user.error)
    outboundUsers.push(user.value)
  }
  const system: CommunicationSystem = {
    systemId: systemId.value,
    systemName: fields.value.systemName ?? systemId.value,
    hostName: hostName.value,
    port: fields.value.port ?? 443,
    contactInformation: fields.value.contactInformation ?? '',
    inboundOnly: fields.value.inboundOnly ?? false,
    inboundUsers: fields.value.inboundUsers ?? [],
    outboundUsers,
    version: 1,
  }
  const log = new ChangeLog(state)
  const externalSystems = ensureExternalSystem(state, system.hostName, log)
  log.add({
    date: state.today,
    actor: 'Administrator',
    category: 'Communication System',
    systemId: system.systemId,
    objectId: system.systemId,
    message: `The administrator created communication system ${system.systemId} (${system.systemName}) for host ${system.hostName}.`,
  })
  for (const user of outboundUsers) {
    log.add({
      date: state.today,
      actor: 'Administrator',
      category: 'Users for Outbound Communication',
      systemId: system.systemId,
      objectId: user.id,
      newValue: user.userName,
      message: `The administrator added outbound user ${user.userName} (${user.authenticationMethod}) to communication system ${system.systemId}.`,
    })
  }
  const next = { ...state, systems: [...state.systems, system], externalSystems, nextObjectId }
  return succeed(next, log, { createdId: system.systemId })
}

/** Changes header fields of a communication system; fields left out stay as they are. */
export function updateSystem(
  state: RotationState,
  systemId: string,
  changes: SystemChanges,
  expectedVersion?: number,
): TransitionResult {
  const found = findSystem(state, systemId)
  if (!found.ok) return refuse(state, found.error)
  const { system, systemIndex } = found.value
  const version = checkVersion(system, expectedVersion)
  if (!version.ok) return refuse(state, version.error)
  const valid = validateFields(changes ?? {})
  if (!valid.ok) return refuse(state, valid.error)
  if (valid.value.inboundOnly && system.outboundUsers.length > 0) {
    return refuse(state, {
      code: 'InvalidCommand',
      message: 'Delete the users for outbound communication before making the system inbound-only.',
      field: 'inboundOnly',
    })
  }
  const changed = (Object.keys(valid.value) as (keyof SystemFields)[]).filter(
    (field) => JSON.stringify(valid.value[field]) !== JSON.stringify(system[field]),
  )
  if (changed.length === 0) return unchanged(state)
  const log = new ChangeLog(state)
  const updated: CommunicationSystem = { ...system, ...valid.value, version: system.version + 1 }
  const externalSystems = ensureExternalSystem(state, updated.hostName, log)
  for (const field of changed) {
    log.add({
      date: state.today,
      actor: 'Administrator',
      category:
        field === 'inboundUsers' ? 'Users for Inbound Communication' : 'Communication System',
      systemId,
      objectId: systemId,
      field: FIELD_LABELS[field],
      oldValue: display(system[field]),
      newValue: display(updated[field]),
      message: `The administrator changed ${FIELD_LABELS[field]} of communication system ${systemId}.`,
    })
  }
  return succeed(
    { ...state, systems: replaceAt(state.systems, systemIndex, updated), externalSystems },
    log,
  )
}

function display(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** Deletes a communication system; its external system stays, as a real server would. */
export function deleteSystem(
  state: RotationState,
  systemId: string,
  expectedVersion?: number,
): TransitionResult {
  const found = findSystem(state, systemId)
  if (!found.ok) return refuse(state, found.error)
  const version = checkVersion(found.value.system, expectedVersion)
  if (!version.ok) return refuse(state, version.error)
  const log = new ChangeLog(state)
  log.add({
    date: state.today,
    actor: 'Administrator',
    category: 'Communication System',
    systemId,
    objectId: systemId,
    message: `The administrator deleted communication system ${systemId}.`,
  })
  return succeed({ ...state, systems: state.systems.filter((s) => s.systemId !== systemId) }, log)
}
