import { fail, type Result } from './errors'
import { hostKey } from './host-name'
import type { CommunicationSystem, ExternalSystem, OutboundUser, RotationState } from './types'

export interface FoundSystem {
  readonly system: CommunicationSystem
  readonly systemIndex: number
}

export interface FoundUser extends FoundSystem {
  readonly user: OutboundUser
  readonly userIndex: number
}

/** Finds a communication system by its System ID. */
export function findSystem(state: RotationState, systemId: unknown): Result<FoundSystem> {
  const systemIndex = state.systems.findIndex((s) => s.systemId === systemId)
  const system = state.systems[systemIndex]
  if (!system)
    return fail(
      'UnknownSystem',
      `There is no communication system "${String(systemId)}".`,
      'systemId',
    )
  return { ok: true, value: { system, systemIndex } }
}

/** Finds an outbound user of a communication system by its id. */
export function findOutboundUser(
  state: RotationState,
  systemId: unknown,
  userId: unknown,
): Result<FoundUser> {
  const found = findSystem(state, systemId)
  if (!found.ok) return found
  const userIndex = found.value.system.outboundUsers.findIndex((u) => u.id === userId)
  const user = found.value.system.outboundUsers[userIndex]
  if (!user) {
    const message = `Communication system ${found.value.system.systemId} has no outbound user "${String(userId)}".`
    return fail('UnknownUser', message, 'userId')
  }
  return { ok: true, value: { ...found.value, user, userIndex } }
}

/** Finds a simulated external system by its host name, in any letter case. */
export function findExternalSystem(
  state: RotationState,
  host: unknown,
): Result<{ externalSystem: ExternalSystem; index: number }> {
  const key = typeof host === 'string' ? hostKey(host) : host
  const index = state.externalSystems.findIndex((e) => e.host === key)
  const externalSystem = state.externalSystems[index]
  if (!externalSystem)
    return fail(
      'UnknownExternalSystem',
      `There is no external system with host "${String(host)}".`,
      'host',
    )
  return { ok: true, value: { externalSystem, index } }
}

/** Replaces one element of a readonly array, leaving the input untouched. */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  const copy = items.slice()
  copy[index] = item
  return copy
}
