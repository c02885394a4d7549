import { queryOptions } from '@tanstack/react-query'
import type {
  CheckpointList,
  CheckpointSummary,
  ImportLandscapeResponse,
  PendingLink,
  ReplaceByLinkResponse,
  RestoreCheckpointResponse,
} from './contracts/checkpoints'
import { requestFile, requestJson } from './http-client'
import { queryKeys } from './query-keys'

const checkpointsKey = [...queryKeys.all, 'simulation', 'checkpoints'] as const
const checkpointPath = (name: string) => `simulation/checkpoints/${encodeURIComponent(name)}`

/** The saved checkpoints of this browser, oldest first, and how many it keeps. */
export const checkpointsQuery = () =>
  queryOptions({
    queryKey: checkpointsKey,
    queryFn: async ({ signal }) =>
      (await requestJson<CheckpointList>('simulation/checkpoints', { signal })).data,
  })

/** Saves the current simulation under `name`; the caller invalidates the checkpoints query. */
export async function saveCheckpoint(name: string) {
  return (
    await requestJson<CheckpointSummary>('simulation/checkpoints', {
      method: 'POST',
      body: { name },
    })
  ).data
}

/** Makes a checkpoint the current simulation; the caller invalidates `queryKeys.all`. */
export async function restoreCheckpoint(name: string) {
  return (
    await requestJson<RestoreCheckpointResponse>(`${checkpointPath(name)}/restore`, {
      method: 'POST',
    })
  ).data
}

export async function deleteCheckpoint(name: string): Promise<void> {
  await requestJson<void>(checkpointPath(name), { method: 'DELETE' })
}

/** The current landscape as a file (no private keys). */
export function exportLandscape() {
  return requestFile('simulation/export')
}

/** Replaces the simulation with an exported landscape; refused, with a reason, unless it is valid. */
export async function importLandscape(file: Blob) {
  return (
    await requestJson<ImportLandscapeResponse>('simulation/import', { method: 'POST', body: file })
  ).data
}

/** The `?scenario=`/`?date=` link this tab opened that waits for the user's answer, if any. */
export const pendingLinkQuery = () =>
  queryOptions({
    queryKey: [...queryKeys.all, 'simulation', 'link'] as const,
    queryFn: async ({ signal }) =>
      (await requestJson<PendingLink>('simulation/link', { signal })).data,
    staleTime: Infinity,
  })

export async function replaceByLink() {
  return (await requestJson<ReplaceByLinkResponse>('simulation/link/replace', { method: 'POST' }))
    .data
}

export async function keepMine(): Promise<void> {
  await requestJson<void>('simulation/link/keep', { method: 'POST' })
}
