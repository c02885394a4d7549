import { http, HttpResponse } from 'msw'
import { resetRequest, type ScenarioList } from '../../api/contracts/simulation'
import type { Checkpoints } from '../backend/checkpoints'
import type { SimulatedBackend } from '../backend/simulated-backend'
import { errorResponse, parseJsonBody } from '../http/responses'
import { route } from '../http/route'
import type { SimulatedSystem } from '../backend/simulated-system'
import { findScenario, scenarios, type ScenarioDefinition } from '../scenarios/scenario-catalog'
import { clockView } from '../views/clock-view'

/** Builds a scenario's system; tests may hand in a cache, since a built system is never mutated. */
export type ScenarioBuilder = (scenario: ScenarioDefinition) => Promise<SimulatedSystem>

/** GET /api/simulation/scenarios and POST /api/simulation/reset. */
export function simulationHandlers(
  backend: SimulatedBackend,
  buildScenario: ScenarioBuilder = (scenario) => scenario.build(),
  checkpoints?: Checkpoints,
) {
  return [
    http.get(
      '*/api/simulation/scenarios',
      route(async () => {
        // The list must load even when the stored system is unusable: it is the way out.
        const current = await backend.read().then(
          (system) => system.scenarioId,
          () => null,
        )
        const body: ScenarioList = {
          items: scenarios.map(({ id, title, description, today }) => ({
            id,
            title,
            description,
            today,
          })),
          current,
        }
        return HttpResponse.json(body)
      }),
    ),
    http.post(
      '*/api/simulation/reset',
      route(async ({ request }) => {
        const body = await parseJsonBody(request, resetRequest)
        if (!body.ok) return body.response
        const scenario = findScenario(body.value.scenario)
        if (!scenario) {
          const known = scenarios.map((s) => s.id).join(', ')
          return errorResponse(
            400,
            'UnknownScenario',
            `There is no scenario "${body.value.scenario}". Choose one of: ${known}.`,
            [{ field: 'scenario', message: `Unknown scenario. Choose one of: ${known}.` }],
          )
        }
        const system = await buildScenario(scenario)
        await backend.replace(system)
        // A scenario as loaded is no saved work: a link may replace it without asking.
        await checkpoints?.markUntouched()
        return HttpResponse.json({ scenario: scenario.id, clock: clockView(system.state) })
      }),
    ),
  ]
}
