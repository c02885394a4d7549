import { queryOptions } from '@tanstack/react-query'
import type { ChangeRecord, ReadinessStatus } from '../../api/contracts/common'
import type {
  CheckConnectionResponse,
  CommunicationSystem,
  CommunicationSystemSummary,
  CreateSystemRequest,
  OutboundUserRequest,
  UpdateSystemRequest,
} from '../../api/contracts/communication-systems'
import { requestJson, withQuery } from '../../api/http-client'
import { queryKeys } from '../../api/query-keys'

// The client calls of the Communication Systems endpoints. They live here because src/api had no
// client for them yet when this app was built; the query keys hang below the shared resource root,
// so a clock move or another tab's change (which invalidate `queryKeys.all`) refreshes them too.

export interface SystemFilter {
  search?: string
  certificate?: string
  readiness?: ReadinessStatus
}

/** The list report's rows, filtered on the server (search, certificate used, readiness). */
export const systemListQuery = (filter: SystemFilter = {}) =>
  queryOptions({
    queryKey: [...queryKeys.communicationSystems, 'list', filter] as const,
    queryFn: async ({ signal }) =>
      (
        await requestJson<{ items: CommunicationSystemSummary[]; total: number }>(
          withQuery('communication-systems', { ...filter }),
          { signal },
        )
      ).data,
  })

/** One system with its users; `version` is its ETag, echoed in If-Match by every write. */
export const systemQuery = (systemId: string) =>
  queryOptions({
    queryKey: [...queryKeys.communicationSystems, 'detail', systemId] as const,
    queryFn: async ({ signal }) =>
      (await requestJson<CommunicationSystem>(systemPath(systemId), { signal })).data,
  })

/** The change documents of one system, newest first. */
export const systemChangesQuery = (systemId: string) =>
  queryOptions({
    queryKey: [...queryKeys.communicationSystems, 'changes', systemId] as const,
    queryFn: async ({ signal }) =>
      (await requestJson<{ items: ChangeRecord[] }>(`${systemPath(systemId)}/changes`, { signal }))
        .data.items,
  })

export async function createSystem(request: CreateSystemRequest) {
  return (
    await requestJson<CommunicationSystem>('communication-systems', {
      method: 'POST',
      body: request,
    })
  ).data
}

export async function updateSystem(
  systemId: string,
  version: number,
  changes: UpdateSystemRequest,
) {
  return (
    await requestJson<CommunicationSystem>(systemPath(systemId), {
      method: 'PATCH',
      body: changes,
      headers: ifMatch(version),
    })
  ).data
}

/** `version` undefined deletes whatever the system is now (the list knows no versions). */
export async function deleteSystem(systemId: string, version?: number) {
  await requestJson<void>(systemPath(systemId), { method: 'DELETE', headers: ifMatch(version) })
}

export async function createOutboundUser(
  systemId: string,
  version: number,
  user: OutboundUserRequest,
) {
  return (
    await requestJson<CommunicationSystem>(`${systemPath(systemId)}/outbound-users`, {
      method: 'POST',
      body: user,
      headers: ifMatch(version),
    })
  ).data
}

export async function updateOutboundUser(
  systemId: string,
  userId: string,
  version: number,
  changes: Partial<OutboundUserRequest>,
) {
  return (
    await requestJson<CommunicationSystem>(userPath(systemId, userId), {
      method: 'PATCH',
      body: changes,
      headers: ifMatch(version),
    })
  ).data
}

export async function deleteOutboundUser(systemId: string, userId: string, version: number) {
  return (
    await requestJson<CommunicationSystem | undefined>(userPath(systemId, userId), {
      method: 'DELETE',
      headers: ifMatch(version),
    })
  ).data
}

/** Asks the external system behind the host to accept the user's certificate, as saved. */
export async function checkConnection(systemId: string, userId: string) {
  return (
    await requestJson<CheckConnectionResponse>(`${userPath(systemId, userId)}/check-connection`, {
      method: 'POST',
    })
  ).data
}

function systemPath(systemId: string) {
  return `communication-systems/${encodeURIComponent(systemId)}`
}

function userPath(systemId: string, userId: string) {
  return `${systemPath(systemId)}/outbound-users/${encodeURIComponent(userId)}`
}

function ifMatch(version: number | undefined): Record<string, string> {
  return { 'If-Match': version === undefined ? '*' : `"${version}"` }
}
