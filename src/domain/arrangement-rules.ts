import { fail, type DomainError, type Result } from './errors'
import { indexLandscape } from './landscape-index'
import {
  outboundMethodLabel,
  scenarioById,
  supportsOutboundUser,
  type CommunicationScenario,
} from './scenario-catalog'
import type {
  CommunicationArrangement,
  CommunicationSystem,
  OutboundUser,
  RotationState,
} from './types'

// What makes an arrangement valid against its scenario and its communication system; the commands
// of arrangements and the commands that change systems and users both ask these questions.

export function requireScenario(scenarioId: unknown): Result<CommunicationScenario> {
  const scenario = typeof scenarioId === 'string' ? scenarioById(scenarioId) : undefined
  if (scenario) return { ok: true, value: scenario }
  const message = `There is no communication scenario "${String(scenarioId)}".`
  return fail('UnknownCommunicationScenario', message, 'scenarioId')
}

export function findArrangement(
  state: RotationState,
  name: unknown,
): Result<{ arrangement: CommunicationArrangement; index: number }> {
  const index = state.arrangements.findIndex((a) => a.name === name)
  const arrangement = state.arrangements[index]
  if (arrangement) return { ok: true, value: { arrangement, index } }
  const message = `There is no communication arrangement "${String(name)}".`
  return fail('UnknownArrangement', message, 'name')
}

/** Finds an arrangement the client means to change, refusing when it changed since the client read it (If-Match). */
export function findArrangementToChange(
  state: RotationState,
  name: unknown,
  expectedVersion: number | undefined,
): Result<{ arrangement: CommunicationArrangement; index: number }> {
  const found = findArrangement(state, name)
  if (!found.ok || expectedVersion === undefined) return found
  const { arrangement } = found.value
  if (arrangement.version === expectedVersion) return found
  const message = `Communication arrangement ${arrangement.name} was changed meanwhile (version ${arrangement.version}, you edited version ${expectedVersion}). Reload it and apply your change again.`
  return fail('VersionConflict', message, 'expectedVersion')
}

function methodsOf(scenario: CommunicationScenario): string {
  return scenario.outboundMethods.map(outboundMethodLabel).join(', ')
}

/** Arrangements in name order. Names are upper-case letters, digits and "_": code-unit order is the one readers expect. */
export function byArrangementName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}

/**
 * The outbound user an arrangement uses: the one asked for, if the scenario accepts how it logs on,
 * or else the system's first user the scenario accepts. None for a scenario without outbound services.
 */
export function resolveOutboundUser(
  scenario: CommunicationScenario,
  system: CommunicationSystem,
  requestedUserId: string | undefined,
): Result<string | undefined> {
  if (scenario.outboundServices.length === 0) {
    if (requestedUserId === undefined) return { ok: true, value: undefined }
    const message = `${scenario.id} has no outbound services, so its arrangements have no user for outbound communication.`
    return fail('InvalidCommand', message, 'outboundUserId')
  }
  if (requestedUserId !== undefined) {
    const user = system.outboundUsers.find((u) => u.id === requestedUserId)
    if (!user) {
      const message = `Communication system ${system.systemId} has no user for outbound communication "${requestedUserId}".`
      return fail('InvalidCommand', message, 'outboundUserId')
    }
    if (!supportsOutboundUser(scenario, user)) {
      const message = `Outbound user ${user.userName} logs on with ${outboundMethodLabel(user)}; ${scenario.id} accepts ${methodsOf(scenario)}.`
      return fail('UnsupportedAuthenticationMethod', message, 'outboundUserId')
    }
    return { ok: true, value: user.id }
  }
  const user = system.outboundUsers.find((u) => supportsOutboundUser(scenario, u))
  if (user) return { ok: true, value: user.id }
  const message = `Communication system ${system.systemId} has no user for outbound communication that ${scenario.id} accepts (${methodsOf(scenario)}). Add one in Communication Systems first.`
  return fail('NoSupportedOutboundUser', message, 'systemId')
}

/** The inbound user an arrangement names: the one asked for, or the system's first; none without inbound services. */
export function resolveInboundUser(
  scenario: CommunicationScenario,
  system: CommunicationSystem,
  requestedUserName: string | undefined,
): Result<string | undefined> {
  if (!scenario.hasInboundServices) {
    if (requestedUserName === undefined) return { ok: true, value: undefined }
    const message = `${scenario.id} has no inbound services, so its arrangements have no user for inbound communication.`
    return fail('InvalidCommand', message, 'inboundUserName')
  }
  if (requestedUserName === undefined) return { ok: true, value: system.inboundUsers[0]?.userName }
  if (system.inboundUsers.some((u) => u.userName === requestedUserName))
    return { ok: true, value: requestedUserName }
  const message = `Communication system ${system.systemId} has no user for inbound communication "${requestedUserName}".`
  return fail('InvalidCommand', message, 'inboundUserName')
}

/** The arrangements that use a communication system, or one of its outbound users. */
export function arrangementsUsing(
  state: RotationState,
  systemId: string,
  outboundUserId?: string,
): CommunicationArrangement[] {
  return state.arrangements.filter(
    (a) =>
      a.systemId === systemId &&
      (outboundUserId === undefined || a.outboundUserId === outboundUserId),
  )
}

/** A refusal naming the arrangements that still use an object, so the administrator knows what to change first. */
export function usedByArrangements(
  what: string,
  arrangements: readonly CommunicationArrangement[],
  field: string,
): DomainError {
  const names = arrangements.map((a) => a.name).join(', ')
  const plural = arrangements.length === 1 ? 'arrangement' : 'arrangements'
  const message = `${what} is used in communication ${plural} ${names}. Change or delete the ${plural} first.`
  return { code: 'UsedByArrangement', message, field }
}

/** Refuses an outbound user change that an arrangement using the user would no longer accept. */
export function checkUserStillAccepted(
  state: RotationState,
  systemId: string,
  user: OutboundUser,
): Result<true> {
  const rejecting = arrangementsUsing(state, systemId, user.id).filter(
    (a) => !supportsOutboundUser(scenarioById(a.scenarioId)!, user),
  )
  if (rejecting.length === 0) return { ok: true, value: true }
  const scenarios = [...new Set(rejecting.map((a) => scenarioById(a.scenarioId)!))]
  const message = `Communication arrangement ${rejecting.map((a) => a.name).join(', ')} uses outbound user ${user.userName}; ${scenarios.map((s) => `${s.id} accepts ${methodsOf(s)}`).join('; ')}.`
  return fail('UnsupportedAuthenticationMethod', message, 'authenticationMethod')
}

/** The arrangements whose outbound user presents a certificate, with that user: Maintain Client Certificates' where-used. */
export function arrangementsPresenting(
  state: RotationState,
  certificateId: string,
): { arrangement: CommunicationArrangement; user: OutboundUser }[] {
  const found: { arrangement: CommunicationArrangement; user: OutboundUser }[] = []
  const { systemsById } = indexLandscape(state)
  for (const arrangement of state.arrangements) {
    const system = systemsById.get(arrangement.systemId)
    const user = system?.outboundUsers.find((u) => u.id === arrangement.outboundUserId)
    if (user?.clientCertificateId === certificateId) found.push({ arrangement, user })
  }
  return found
}

/** The names of the arrangements that use each outbound user, keyed `systemId/userId`, built in one pass. */
export function arrangementNamesByUser(state: RotationState): Map<string, string[]> {
  const names = new Map<string, string[]>()
  for (const { systemId, outboundUserId, name } of state.arrangements) {
    if (outboundUserId === undefined) continue
    const key = `${systemId}/${outboundUserId}`
    names.set(key, [...(names.get(key) ?? []), name])
  }
  return names
}
