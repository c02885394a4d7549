import { queryOptions } from '@tanstack/react-query'
import type { Clock } from './contracts/clock'
import type { ScenarioList } from './contracts/simulation'
import { requestJson } from './http-client'
import { queryKeys } from './query-keys'

/** The scenarios a rehearsal can start from, and the current one. */
export const scenariosQuery = () =>
  queryOptions({
    queryKey: queryKeys.scenarios,
    queryFn: async ({ signal }) => (await requestJson<ScenarioList>('simulation/scenarios', { signal })).data,
  })

/** Replaces the whole simulated system with a scenario; the caller invalidates `queryKeys.all`. */
export async function resetSimulation(scenario: string) {
  return (await requestJson<{ scenario: string; clock: Clock }>('simulation/reset', { method: 'POST', body: { scenario } })).data
}
