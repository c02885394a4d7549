import type { RequestHandler } from 'msw'
import type { SimulatedBackend } from './backend/simulated-backend'
import { clientCertificateHandlers } from './handlers/client-certificate-handlers'
import { clockHandlers } from './handlers/clock-handlers'
import { simulationHandlers } from './handlers/simulation-handlers'

/** Every route of the simulated backend, one group per resource. */
export function createHandlers(backend: SimulatedBackend): RequestHandler[] {
  return [...clockHandlers(backend), ...simulationHandlers(backend), ...clientCertificateHandlers(backend)]
}
