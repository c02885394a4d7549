import type { SimulatedSystem } from '../backend/simulated-system'
import type { ScenarioDefinition } from '../scenarios/scenario-catalog'

/**
 * Test support: builds each scenario once per test file. Building one makes RSA keys (~1 s in
 * Node); a built system is an immutable value (every change makes a new one), so one build serves
 * every reset to it, and landscapes may share it as their starting point.
 */
export function cachedScenarioBuilder() {
  const built = new Map<string, Promise<SimulatedSystem>>()
  return (scenario: ScenarioDefinition): Promise<SimulatedSystem> => {
    let system = built.get(scenario.id)
    if (!system) {
      system = scenario.build()
      built.set(scenario.id, system)
    }
    return system
  }
}
