import type { SimulatedSystem } from '../mocks/backend/simulated-system'
import type { ScenarioDefinition } from '../mocks/scenarios/scenario-catalog'

/**
 * Test support: builds each scenario once per test file (RSA keys take ~1 s in Node). A built
 * system is an immutable value, so landscapes may share it as their starting point.
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

/** fetch with JSON in and out, against a running lab server. */
export async function call(
  url: string,
  init: { method?: string; body?: unknown; token?: string } = {},
) {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: {
      'Content-Type': 'application/json',
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the body loosely and assert on it
  const body: any =
    text && response.headers.get('Content-Type')?.includes('json') ? JSON.parse(text) : text
  return { status: response.status, headers: response.headers, body }
}
