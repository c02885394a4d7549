import { queryOptions } from '@tanstack/react-query'
import type {
  CommunicationArrangement,
  CommunicationArrangementList,
  CommunicationArrangementListParams,
  CommunicationScenarioList,
  CreateArrangementRequest,
  UpdateArrangementRequest,
} from './contracts/communication-arrangements'
import type { CheckConnectionResponse } from './contracts/communication-systems'
import { ifMatch, requestJson, withQuery } from './http-client'
import { queryKeys } from './query-keys'

const root = queryKeys.communicationArrangements
const arrangementPath = (name: string) => `communication-arrangements/${encodeURIComponent(name)}`

/** SAP's communication scenarios: the value help of New. They never change, so they are read once. */
export const communicationScenariosQuery = () =>
  queryOptions({
    queryKey: queryKeys.communicationScenarios,
    queryFn: async ({ signal }) =>
      (await requestJson<CommunicationScenarioList>('communication-scenarios', { signal })).data
        .items,
    staleTime: Infinity,
  })

/** The list: search, filters by scenario, system and certificate, sorted by Arrangement Name. */
export const communicationArrangementsQuery = (params: CommunicationArrangementListParams = {}) =>
  queryOptions({
    queryKey: [...root, 'list', params] as const,
    queryFn: async ({ signal }) =>
      (
        await requestJson<CommunicationArrangementList>(
          withQuery('communication-arrangements', params),
          { signal },
        )
      ).data,
  })

/** One arrangement; its `version` is the ETag the edits below send as If-Match. */
export const communicationArrangementQuery = (name: string) =>
  queryOptions({
    queryKey: [...root, 'detail', name] as const,
    queryFn: async ({ signal }) =>
      (await requestJson<CommunicationArrangement>(arrangementPath(name), { signal })).data,
  })

/** Creates an arrangement (400/409 with the field at fault). */
export async function createCommunicationArrangement(request: CreateArrangementRequest) {
  const options = { method: 'POST', body: request } as const
  return (await requestJson<CommunicationArrangement>('communication-arrangements', options)).data
}

// Edits send the version the user saw: a stale one fails with 412 ("changed meanwhile — reload").

export async function updateCommunicationArrangement(
  name: string,
  version: number,
  changes: UpdateArrangementRequest,
) {
  const options = { method: 'PATCH', body: changes, headers: ifMatch(version) } as const
  return (await requestJson<CommunicationArrangement>(arrangementPath(name), options)).data
}

export async function deleteCommunicationArrangement(name: string, version: number) {
  await requestJson<void>(arrangementPath(name), { method: 'DELETE', headers: ifMatch(version) })
}

/** Check Connection on an outbound service: its outbound user calls the system; the attempt is logged there. */
export async function checkServiceConnection(name: string, serviceId: string) {
  const path = `${arrangementPath(name)}/outbound-services/${encodeURIComponent(serviceId)}/check-connection`
  return (await requestJson<CheckConnectionResponse>(path, { method: 'POST' })).data
}
