import type { RequestHandler } from 'msw'
import { createMemoryCheckpointStore } from './backend/checkpoint-store'
import { Checkpoints } from './backend/checkpoints'
import type { SimulatedBackend } from './backend/simulated-backend'
import { checkpointHandlers } from './handlers/checkpoint-handlers'
import { landscapeHandlers } from './handlers/landscape-handlers'
import { linkHandlers } from './handlers/link-handlers'
import { LinkGate } from './link-gate'
import { arrangementHandlers } from './handlers/arrangement-handlers'
import { changeHandlers } from './handlers/change-handlers'
import { clientCertificateHandlers } from './handlers/client-certificate-handlers'
import { clockHandlers } from './handlers/clock-handlers'
import { customerCaHandlers } from './handlers/customer-ca-handlers'
import { customerCertificateHandlers } from './handlers/customer-certificate-handlers'
import { communicationSystemHandlers } from './handlers/communication-system-handlers'
import { externalSystemHandlers } from './handlers/external-system-handlers'
import { faultGate, faultHandlers, unknownRoute } from './handlers/fault-handlers'
import { outboundUserHandlers } from './handlers/outbound-user-handlers'
import { rotationHandlers } from './handlers/rotation-handlers'
import { sapTrustCenterHandlers } from './handlers/sap-trust-center-handlers'
import { simulationHandlers, type ScenarioBuilder } from './handlers/simulation-handlers'
import { storageHandlers } from './handlers/storage-handlers'
import { trustStoreHandlers } from './handlers/trust-store-handlers'
import { FaultInjector } from './http/faults'

export interface HandlerOptions {
  /** This tab's fault settings; none by default. */
  faults?: FaultInjector
  buildScenario?: ScenarioBuilder
  /** Saved copies of the system; in memory unless the host gives a persistent store. */
  checkpoints?: Checkpoints
  /** This tab's link waiting for the user's answer (see boot-parameters.ts). */
  linkGate?: LinkGate
}

/** Every route of the simulated backend, one group per resource, between the fault gate and the 404. */
export function createHandlers(
  backend: SimulatedBackend,
  {
    faults = new FaultInjector(),
    buildScenario,
    checkpoints = new Checkpoints(backend, createMemoryCheckpointStore()),
    linkGate = new LinkGate(),
  }: HandlerOptions = {},
): RequestHandler[] {
  return [
    faultGate(faults),
    ...faultHandlers(faults),
    ...simulationHandlers(backend, buildScenario, checkpoints),
    ...checkpointHandlers(checkpoints),
    ...landscapeHandlers(backend),
    ...storageHandlers(backend),
    ...linkHandlers(backend, checkpoints, linkGate),
    ...clockHandlers(backend),
    ...clientCertificateHandlers(backend),
    ...customerCertificateHandlers(backend),
    ...customerCaHandlers(backend),
    ...communicationSystemHandlers(backend),
    ...outboundUserHandlers(backend),
    ...arrangementHandlers(backend),
    ...changeHandlers(backend),
    ...externalSystemHandlers(backend),
    ...trustStoreHandlers(backend),
    ...rotationHandlers(backend),
    ...sapTrustCenterHandlers(backend),
    unknownRoute(),
  ]
}
