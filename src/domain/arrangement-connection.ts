import { findArrangement, requireScenario } from './arrangement-rules'
import { refuse } from './change-log'
import type { TransitionResult } from './commands'
import { recordConnectionCheck } from './connection-check'
import type { RotationState } from './types'

/**
 * Check Connection on an arrangement's outbound service: its outbound user calls the communication
 * system's host, exactly as the user's own check does; an inactive service is not called at all.
 */
export function recordArrangementConnectionCheck(
  state: RotationState,
  name: string,
  serviceId: string,
): TransitionResult {
  const found = findArrangement(state, name)
  if (!found.ok) return refuse(state, found.error)
  const { arrangement } = found.value
  const scenario = requireScenario(arrangement.scenarioId)
  if (!scenario.ok) return refuse(state, scenario.error)
  const service = scenario.value.outboundServices.find((s) => s.id === serviceId)
  if (!service) {
    const message = `Communication arrangement ${name} has no outbound service "${serviceId}".`
    return refuse(state, { code: 'UnknownService', message, field: 'serviceId' })
  }
  if (arrangement.inactiveServiceIds.includes(service.id)) {
    const message = `Outbound service ${service.name} of communication arrangement ${name} is inactive: set its Service Status to Active first.`
    return refuse(state, { code: 'ServiceInactive', message, field: 'serviceId' })
  }
  // A scenario with outbound services always has an outbound user (the invariants say so).
  return recordConnectionCheck(state, arrangement.systemId, arrangement.outboundUserId ?? '')
}
