import { queryOptions } from '@tanstack/react-query'
import type { Clock } from './contracts/clock'
import type { FaultSettings, ScenarioList } from './contracts/simulation'
import { requestJson } from './http-client'
import { queryKeys } from './query-keys'

/** The scenarios a reset can start from, and the current one (null when the store is unusable). */
export const scenariosQuery = () =>
  queryOptions({
    queryKey: queryKeys.scenarios,
    queryFn: async ({ signal }) =>
      (await requestJson<ScenarioList>('simulation/scenarios', { signal })).data,
  })

/** Resets the whole simulated system; the caller invalidates `queryKeys.all`. */
export async function resetSimulation(scenario: string) {
  return (
    await requestJson<{ scenario: string; clock: Clock }>('simulation/reset', {
      method: 'POST',
      body: { scenario },
    })
  ).data
}

/** This tab's fault injection (latency, failing reads or writes). */
export const faultSettingsQuery = () =>
  queryOptions({
    queryKey: [...queryKeys.all, 'simulation', 'faults'] as const,
    queryFn: async ({ signal }) =>
      (await requestJson<FaultSettings>('simulation/faults', { signal })).data,
  })

export async function setFaultSettings(settings: FaultSettings) {
  return (await requestJson<FaultSettings>('simulation/faults', { method: 'PUT', body: settings }))
    .data
}
