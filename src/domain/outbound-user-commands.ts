import { arrangementsUsing, checkUserStillAccepted, usedByArrangements } from './arrangement-rules'
import { findAssignableCertificate } from './certificates'
import { ChangeLog, refuse, succeed, unchanged } from './change-log'
import type { NewOutboundUser, TransitionResult } from './commands'
import { replaceAt } from './lookup'
import { buildOutboundUser } from './system-fields'
import type { CommunicationSystem, OutboundUser, RotationState } from './types'
import {
  findOutboundUserToChange,
  findSystemToChange,
  requireOutboundUserShape,
  requirePasswordForNewMethod,
  usesClientCertificate,
} from './validation'

const PASSWORD = 'User Name and Password'

function withUsers(
  state: RotationState,
  index: number,
  system: CommunicationSystem,
  users: readonly OutboundUser[],
): RotationState {
  return {
    ...state,
    systems: replaceAt(state.systems, index, {
      ...system,
      outboundUsers: users,
      version: system.version + 1,
    }),
  }
}

/** Adds a user for outbound communication to a system. */
export function addOutboundUser(
  state: RotationState,
  systemId: string,
  input: NewOutboundUser,
  expectedVersion?: number,
): TransitionResult {
  const found = findSystemToChange(state, systemId, expectedVersion)
  if (!found.ok) return refuse(state, found.error)
  const { system, systemIndex } = found.value
  if (system.inboundOnly) {
    return refuse(state, {
      code: 'InvalidCommand',
      message: `Communication system ${systemId} is inbound-only.`,
      field: 'systemId',
    })
  }
  const user = buildOutboundUser(state, input, `user-${state.nextObjectId}`)
  if (!user.ok) return refuse(state, user.error)
  const log = new ChangeLog(state)
  log.add({
    date: state.today,
    actor: 'Administrator',
    category: 'Users for Outbound Communication',
    systemId,
    objectId: user.value.id,
    newValue: user.value.userName,
    message: `The administrator added outbound user ${user.value.userName} (${user.value.authenticationMethod}) to communication system ${systemId}.`,
  })
  const next = withUsers(state, systemIndex, system, [...system.outboundUsers, user.value])
  return succeed({ ...next, nextObjectId: state.nextObjectId + 1 }, log, {
    createdId: user.value.id,
  })
}

/**
 * Edits an outbound user: its name, authentication method or client certificate. Choosing a
 * certificate that a rotation removed meanwhile is refused with CertificateRemoved on that field.
 */
export function updateOutboundUser(
  state: RotationState,
  systemId: string,
  userId: string,
  changes: Partial<NewOutboundUser>,
  expectedVersion?: number,
): TransitionResult {
  const found = findOutboundUserToChange(state, systemId, userId, expectedVersion)
  if (!found.ok) return refuse(state, found.error)
  const { system, systemIndex, user, userIndex } = found.value
  const method = changes?.authenticationMethod ?? user.authenticationMethod
  const clientAuthentication =
    changes?.clientAuthentication ??
    (method === 'OAuth 2.0' ? (user.clientAuthentication ?? 'Client Secret') : undefined)
  const keepsCertificate = usesClientCertificate(method, clientAuthentication)
  const merged = {
    userName: changes?.userName ?? user.userName,
    authenticationMethod: method,
    ...(clientAuthentication === undefined ? {} : { clientAuthentication }),
    // A method without certificates drops the old one unless the edit names one (which is then refused).
    clientCertificateId:
      changes?.clientCertificateId ?? (keepsCertificate ? user.clientCertificateId : undefined),
    // Likewise the password: kept while the user stays on User Name and Password, else dropped.
    passwordHash: changes?.passwordHash ?? (method === PASSWORD ? user.passwordHash : undefined),
  }
  const shape = requireOutboundUserShape(merged)
  if (!shape.ok) return refuse(state, shape.error)
  if (user.authenticationMethod !== PASSWORD) {
    const password = requirePasswordForNewMethod(shape.value)
    if (!password.ok) return refuse(state, password.error)
  }
  const next: OutboundUser = { id: user.id, ...shape.value }
  const accepted = checkUserStillAccepted(state, systemId, next)
  if (!accepted.ok) return refuse(state, accepted.error)
  if (
    next.clientCertificateId !== undefined &&
    next.clientCertificateId !== user.clientCertificateId
  ) {
    const certificate = findAssignableCertificate(
      state,
      next.clientCertificateId,
      'clientCertificateId',
    )
    if (!certificate.ok) return refuse(state, certificate.error)
  }
  const log = new ChangeLog(state)
  const fields: [string, string | undefined, string | undefined][] = [
    ['User Name', user.userName, next.userName],
    ['Authentication Method', user.authenticationMethod, next.authenticationMethod],
    ['Client Authentication', user.clientAuthentication, next.clientAuthentication],
    ['Client Certificate', user.clientCertificateId, next.clientCertificateId],
  ]
  for (const [field, oldValue, newValue] of fields) {
    if (oldValue === newValue) continue
    log.add({
      date: state.today,
      actor: 'Administrator',
      category: 'Users for Outbound Communication',
      systemId,
      objectId: user.id,
      field,
      ...(oldValue === undefined ? {} : { oldValue }),
      ...(newValue === undefined ? {} : { newValue }),
      message: `The administrator changed ${field} of outbound user ${next.userName} in communication system ${systemId} from ${oldValue ?? '(none)'} to ${newValue ?? '(none)'}.`,
    })
  }
  if (changes?.passwordHash !== undefined && changes.passwordHash !== user.passwordHash) {
    // Neither the password nor its hash goes into a record: only that it changed.
    log.add({
      date: state.today,
      actor: 'Administrator',
      category: 'Users for Outbound Communication',
      systemId,
      objectId: user.id,
      field: 'Password',
      message: `The administrator changed Password of outbound user ${next.userName} in communication system ${systemId}.`,
    })
  }
  if (log.records.length === 0) return unchanged(state)
  return succeed(
    withUsers(state, systemIndex, system, replaceAt(system.outboundUsers, userIndex, next)),
    log,
  )
}

/** Removes an outbound user from its system. */
export function deleteOutboundUser(
  state: RotationState,
  systemId: string,
  userId: string,
  expectedVersion?: number,
): TransitionResult {
  const found = findOutboundUserToChange(state, systemId, userId, expectedVersion)
  if (!found.ok) return refuse(state, found.error)
  const { system, systemIndex, user } = found.value
  const users = arrangementsUsing(state, systemId, userId)
  if (users.length > 0) {
    const refusal = usedByArrangements(`Outbound user ${user.userName}`, users, 'userId')
    return refuse(state, refusal)
  }
  const log = new ChangeLog(state)
  log.add({
    date: state.today,
    actor: 'Administrator',
    category: 'Users for Outbound Communication',
    systemId,
    objectId: user.id,
    oldValue: user.userName,
    message: `The administrator deleted outbound user ${user.userName} from communication system ${systemId}.`,
  })
  return succeed(
    withUsers(
      state,
      systemIndex,
      system,
      system.outboundUsers.filter((u) => u.id !== userId),
    ),
    log,
  )
}
