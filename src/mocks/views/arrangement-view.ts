import type {
  CommunicationArrangement as ArrangementView,
  CommunicationArrangementSummary,
  CommunicationScenario as ScenarioView,
} from '../../api/contracts/communication-arrangements'
import { indexLandscape, type LandscapeIndex } from '../../domain/landscape-index'
import { assessUser } from '../../domain/readiness'
import { scenarioById, type CommunicationScenario } from '../../domain/scenario-catalog'
import type {
  CommunicationArrangement,
  CommunicationSystem,
  OutboundUser,
  RotationState,
} from '../../domain/types'
import { outboundUserView } from './communication-system-view'

/** A scenario of the catalog as the value help lists it. */
export function scenarioView(scenario: CommunicationScenario): ScenarioView {
  return {
    ...scenario,
    outboundServices: scenario.outboundServices.map((s) => ({ ...s })),
    outboundMethods: scenario.outboundMethods.map((m) => ({ ...m })),
  }
}

interface Resolved {
  readonly scenario: CommunicationScenario
  readonly system: CommunicationSystem
  readonly user: OutboundUser | undefined
}

/** The scenario, system and outbound user an arrangement names (the invariants guarantee they exist). */
function resolve(state: RotationState, arrangement: CommunicationArrangement): Resolved {
  const scenario = scenarioById(arrangement.scenarioId)
  const system = indexLandscape(state).systemsById.get(arrangement.systemId)
  if (!scenario || !system)
    throw new Error(`Arrangement ${arrangement.name} names what does not exist`)
  const user = system.outboundUsers.find((u) => u.id === arrangement.outboundUserId)
  return { scenario, system, user }
}

function onExpiring(index: LandscapeIndex, user: OutboundUser | undefined): boolean {
  const expiring = index.clientDefaultExpiring
  return expiring !== undefined && user?.clientCertificateId === expiring.id
}

/** One arrangement with its system, its outbound user as Communication Systems shows it, and its services. */
export function arrangementView(
  state: RotationState,
  arrangement: CommunicationArrangement,
): ArrangementView {
  const index = indexLandscape(state)
  const { scenario, system, user } = resolve(state, arrangement)
  return {
    name: arrangement.name,
    scenarioId: scenario.id,
    scenarioDescription: scenario.description,
    systemId: system.systemId,
    systemName: system.systemName,
    hostName: system.hostName,
    port: system.port,
    ...(arrangement.inboundUserName === undefined
      ? {}
      : { inboundUserName: arrangement.inboundUserName }),
    ...(user ? { outboundUser: outboundUserView(index, system, user) } : {}),
    services: scenario.outboundServices.map((service) => ({
      ...service,
      active: !arrangement.inactiveServiceIds.includes(service.id),
    })),
    onClientDefaultExpiring: onExpiring(index, user),
    version: arrangement.version,
  }
}

/** A row of the list: scenario, system, and the outbound user's certificate and readiness. */
export function arrangementSummary(
  state: RotationState,
  arrangement: CommunicationArrangement,
): CommunicationArrangementSummary {
  const index = indexLandscape(state)
  const { scenario, system, user } = resolve(state, arrangement)
  const certificateId = user?.clientCertificateId
  return {
    name: arrangement.name,
    scenarioId: scenario.id,
    scenarioDescription: scenario.description,
    systemId: system.systemId,
    systemName: system.systemName,
    ...(user
      ? {
          outboundUserId: user.id,
          outboundUserName: user.userName,
          authenticationMethod: user.authenticationMethod,
          ...(user.clientAuthentication ? { clientAuthentication: user.clientAuthentication } : {}),
        }
      : {}),
    ...(certificateId === undefined
      ? {}
      : {
          clientCertificateId: certificateId,
          clientCertificateDescription:
            index.certificatesById.get(certificateId)?.description ?? '',
          readiness: assessUser(index, system.hostName, certificateId).readiness,
        }),
    onClientDefaultExpiring: onExpiring(index, user),
  }
}
