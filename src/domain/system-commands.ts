import { arrangementsUsing, usedByArrangements } from './arrangement-rules'
import { ChangeLog, refuse, succeed, unchanged } from './change-log'
import type { NewSystem, SystemFields, TransitionResult } from './commands'
import { replaceAt } from './lookup'
import type { Result } from './errors'
import type { CommunicationSystem, InboundUser, OutboundUser, RotationState } from './types'
import {
  FIELD_LABELS,
  NEW_SYSTEM_DEFAULTS,
  buildOutboundUser,
  ensureExternalSystem,
  validateSystemFields,
  withCloudConnectorRule,
  type SystemChanges,
} from './system-fields'
import { findSystemToChange, requireHost, requireText } from './validation'

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
  const validated = validateSystemFields({
    ...NEW_SYSTEM_DEFAULTS,
    systemName: systemId.value,
    ...input,
  })
  if (!validated.ok) return refuse(state, validated.error)
  const fields = withCloudConnectorRule(NEW_SYSTEM_DEFAULTS, validated.value)
  if (!fields.ok) return refuse(state, fields.error)
  const hostName = requireHost(input.hostName, 'hostName', 'Host Name')
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
    ...NEW_SYSTEM_DEFAULTS,
    ...fields.value,
    systemId: systemId.value,
    systemName: fields.value.systemName ?? systemId.value,
    hostName: hostName.value,
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
  const found = findSystemToChange(state, systemId, expectedVersion)
  if (!found.ok) return refuse(state, found.error)
  const { system, systemIndex } = found.value
  const checked = validateSystemFields(changes ?? {})
  if (!checked.ok) return refuse(state, checked.error)
  const valid = withCloudConnectorRule(system, checked.value)
  if (!valid.ok) return refuse(state, valid.error)
  if (valid.value.inboundOnly && system.outboundUsers.length > 0) {
    return refuse(state, {
      code: 'InvalidCommand',
      message: 'Delete the users for outbound communication before making the system inbound-only.',
      field: 'inboundOnly',
    })
  }
  const droppedInbound = inboundUsersStillArranged(state, systemId, valid.value.inboundUsers)
  if (!droppedInbound.ok) return refuse(state, droppedInbound.error)
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

/** Refuses removing an inbound user that an arrangement of the system still names. */
function inboundUsersStillArranged(
  state: RotationState,
  systemId: string,
  inboundUsers: readonly InboundUser[] | undefined,
): Result<true> {
  if (inboundUsers === undefined) return { ok: true, value: true }
  const kept = new Set(inboundUsers.map((u) => u.userName))
  const orphaned = arrangementsUsing(state, systemId).filter(
    (a) => a.inboundUserName !== undefined && !kept.has(a.inboundUserName),
  )
  if (orphaned.length === 0) return { ok: true, value: true }
  const userName = orphaned[0]!.inboundUserName
  return {
    ok: false,
    error: usedByArrangements(`Inbound user ${userName}`, orphaned, 'inboundUsers'),
  }
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
  const found = findSystemToChange(state, systemId, expectedVersion)
  if (!found.ok) return refuse(state, found.error)
  const users = arrangementsUsing(state, systemId)
  if (users.length > 0) {
    const refusal = usedByArrangements(`Communication system ${systemId}`, users, 'systemId')
    return refuse(state, refusal)
  }
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
