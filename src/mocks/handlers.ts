import type { RequestHandler } from 'msw'
import type { SimulatedBackend } from './backend/simulated-backend'
import { changeHandlers } from './handlers/change-handlers'
import { clientCertificateHandlers } from './handlers/client-certificate-handlers'
import { clockHandlers } from './handlers/clock-handlers'
import { communicationSystemHandlers } from './handlers/communication-system-handlers'
import { externalSystemHandlers } from './handlers/external-system-handlers'
import { faultGate, faultHandlers, unknownRoute } from './handlers/fault-handlers'
import { outboundUserHandlers } from './handlers/outbound-user-handlers'
import { rotationHandlers } from './handlers/rotation-handlers'
import { sapTrustCenterHandlers } from './handlers/sap-trust-center-handlers'
import { simulationHandlers, type ScenarioBuilder } from './handlers/simulation-handlers'
import { trustStoreHandlers } from './handlers/trust-store-handlers'
import { FaultInjector } from './http/faults'

export interface HandlerOptions {
  /** This tab's fault settings; none by default. */
  faults?: FaultInjector
  buildScenario?: ScenarioBuilder
}

/** Every route of the simulated backend, one group per resource, between the fault gate and the 404. */
export function createHandlers(
  backend: SimulatedBackend,
  { faults = new FaultInjector(), buildScenario }: HandlerOptions = {},
): RequestHandler[] {
  return [
    faultGate(faults),
    ...faultHandlers(faults),
    ...simulationHandlers(backend, buildScenario),
    ...clockHandlers(backend),
    ...clientCertificateHandlers(backend),
    ...communicationSystemHandlers(backend),
    ...outboundUserHandlers(backend),
    ...changeHandlers(backend),
    ...externalSystemHandlers(backend),
    ...trustStoreHandlers(backend),
    ...rotationHandlers(backend),
    ...sapTrustCenterHandlers(backend),
    unknownRoute(),
  ]
}
