import { defaultScenarioId, findScenario } from '../scenarios/scenario-catalog'
import { PersistentBackend } from './persistent-backend'
import type { SimulatedSystem } from './simulated-system'
import type { SystemStore } from './system-store'

export type SimulatedBackend = PersistentBackend<SimulatedSystem>

/** The simulated SAP system over a store; a first start builds the default scenario. */
export function createSimulatedBackend(
  store: SystemStore<SimulatedSystem>,
  announceChange?: (revision: number) => void,
  createInitial: () => Promise<SimulatedSystem> = () => findScenario(defaultScenarioId)!.build(),
  { lockName }: { lockName?: string } = {},
): SimulatedBackend {
  return new PersistentBackend<SimulatedSystem>({ store, announceChange, createInitial, lockName })
}
