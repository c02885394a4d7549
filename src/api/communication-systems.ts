import { queryOptions } from '@tanstack/react-query'
import type {
  CheckConnectionResponse,
  CommunicationSystem,
  CommunicationSystemList,
  CommunicationSystemListParams,
  CreateSystemRequest,
  OutboundUserRequest,
  SystemChanges,
  UpdateOutboundUserRequest,
  UpdateSystemRequest,
} from './contracts/communication-systems'
import { ifMatch, requestJson, withQuery } from './http-client'
import { queryKeys } from './query-keys'

const root = queryKeys.communicationSystems
const systemPath = (systemId: string) => `communication-systems/${encodeURIComponent(systemId)}`
const userPath = (systemId: string, userId: string) =>
  `${systemPath(systemId)}/outbound-users/${encodeURIComponent(userId)}`

/** The list: search, filters by certificate and readiness, sorted by System ID. */
export const communicationSystemsQuery = (params: CommunicationSystemListParams = {}) =>
  queryOptions({
    queryKey: [...root, 'list', params] as const,
    queryFn: async ({ signal }) =>
      (
        await requestJson<CommunicationSystemList>(withQuery('communication-systems', params), {
          signal,
        })
      ).data,
  })

/** One system; its `version` is the ETag the mutations below send as If-Match. */
export const communicationSystemQuery = (systemId: string) =>
  queryOptions({
    queryKey: [...root, 'detail', systemId] as const,
    queryFn: async ({ signal }) =>
      (await requestJson<CommunicationSystem>(systemPath(systemId), { signal })).data,
  })

/** Change documents of one system, newest first. */
export const systemChangesQuery = (systemId: string) =>
  queryOptions({
    queryKey: [...root, 'detail', systemId, 'changes'] as const,
    queryFn: async ({ signal }) =>
      (await requestJson<SystemChanges>(`${systemPath(systemId)}/changes`, { signal })).data.items,
  })

/** Creates a system (409 DuplicateSystemId, 400 with field details). */
export async function createCommunicationSystem(request: CreateSystemRequest) {
  return (
    await requestJson<CommunicationSystem>('communication-systems', {
      method: 'POST',
      body: request,
    })
  ).data
}

// Every edit below sends the version the user saw: a stale one fails with 412 ("changed meanwhile — reload").

export async function updateCommunicationSystem(
  systemId: string,
  version: number,
  changes: UpdateSystemRequest,
) {
  const options = { method: 'PATCH', body: changes, headers: ifMatch(version) } as const
  return (await requestJson<CommunicationSystem>(systemPath(systemId), options)).data
}

export async function deleteCommunicationSystem(systemId: string, version: number) {
  await requestJson<void>(systemPath(systemId), { method: 'DELETE', headers: ifMatch(version) })
}

export async function addOutboundUser(
  systemId: string,
  version: number,
  user: OutboundUserRequest,
) {
  const options = { method: 'POST', body: user, headers: ifMatch(version) } as const
  return (await requestJson<CommunicationSystem>(`${systemPath(systemId)}/outbound-users`, options))
    .data
}

export async function updateOutboundUser(
  systemId: string,
  userId: string,
  version: number,
  changes: UpdateOutboundUserRequest,
) {
  const options = { method: 'PATCH', body: changes, headers: ifMatch(version) } as const
  return (await requestJson<CommunicationSystem>(userPath(systemId, userId), options)).data
}

export async function deleteOutboundUser(systemId: string, userId: string, version: number) {
  const options = { method: 'DELETE', headers: ifMatch(version) } as const
  return (await requestJson<CommunicationSystem>(userPath(systemId, userId), options)).data
}

/** Calls the external system as this user would; the attempt lands in that system's log. */
export async function checkConnection(systemId: string, userId: string) {
  return (
    await requestJson<CheckConnectionResponse>(`${userPath(systemId, userId)}/check-connection`, {
      method: 'POST',
    })
  ).data
}
