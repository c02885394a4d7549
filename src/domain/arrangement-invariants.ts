import { scenarioById, supportsOutboundUser } from './scenario-catalog'
import type { RotationState } from './types'

/** The arrangements' share of the invariants: each names a known scenario, system and users the scenario accepts. */
export function arrangementViolations(state: RotationState): string[] {
  const violations: string[] = []
  const systems = new Map(state.systems.map((s) => [s.systemId, s]))
  const names = new Set<string>()
  for (const arrangement of state.arrangements) {
    const { name } = arrangement
    if (names.has(name)) violations.push(`duplicate arrangement ${name}`)
    names.add(name)
    const scenario = scenarioById(arrangement.scenarioId)
    const system = systems.get(arrangement.systemId)
    if (!scenario)
      violations.push(`arrangement ${name}: unknown scenario ${arrangement.scenarioId}`)
    if (!system) violations.push(`arrangement ${name}: unknown system ${arrangement.systemId}`)
    if (!scenario || !system) continue
    const user = system.outboundUsers.find((u) => u.id === arrangement.outboundUserId)
    const needsUser = scenario.outboundServices.length > 0
    if (needsUser && (!user || !supportsOutboundUser(scenario, user)))
      violations.push(`arrangement ${name}: no outbound user ${scenario.id} accepts`)
    if (!needsUser && arrangement.outboundUserId !== undefined)
      violations.push(`arrangement ${name}: an outbound user without outbound services`)
    const inbound = arrangement.inboundUserName
    if (inbound !== undefined && !system.inboundUsers.some((u) => u.userName === inbound))
      violations.push(`arrangement ${name}: unknown inbound user ${inbound}`)
  }
  return violations
}
