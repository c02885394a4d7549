import { queryOptions, type QueryKey } from '@tanstack/react-query'
import type {
  ExternalSystem,
  ExternalSystemSummary,
  UpdateExternalSystemRequest,
  UploadResult,
} from '../../../api/contracts/external-systems'
import type { ReadinessReport } from '../../../api/contracts/rotation'
import { requestJson } from '../../../api/http-client'
import { queryKeys } from '../../../api/query-keys'

// The backend branch serves /api/external-systems but has no client module for it: this one lives
// with the app, under the shared `externalSystems` key root so a clock move refreshes it too.

const base = (host: string) => `external-systems/${encodeURIComponent(host)}`

export const externalSystemsQuery = () =>
  queryOptions({
    // Widened to QueryKey so the launchpad tile (typed for any app's figure) can take it as is.
    queryKey: [...queryKeys.externalSystems, 'list', {}] as QueryKey,
    queryFn: async ({ signal }) =>
      (await requestJson<{ items: ExternalSystemSummary[] }>('external-systems', { signal })).data
        .items,
  })

export const externalSystemQuery = (host: string) =>
  queryOptions({
    queryKey: [...queryKeys.externalSystems, 'detail', host] as const,
    queryFn: async ({ signal }) => (await requestJson<ExternalSystem>(base(host), { signal })).data,
  })

/** Who presents which certificate to which host, to warn before a removal breaks someone. */
export const readinessQuery = () =>
  queryOptions({
    queryKey: queryKeys.readiness as QueryKey,
    queryFn: async ({ signal }) =>
      (await requestJson<ReadinessReport>('rotation/readiness', { signal })).data,
  })

export async function updateExternalSystem(host: string, changes: UpdateExternalSystemRequest) {
  return (await requestJson<ExternalSystem>(base(host), { method: 'PATCH', body: changes })).data
}

/** Sends the file's bytes as they are (PEM text, DER, PKCS #7): the backend decides what it holds. */
export async function uploadTrustedCertificate(host: string, file: Blob) {
  return (
    await requestJson<UploadResult>(`${base(host)}/trusted-certificates`, {
      method: 'POST',
      body: file,
    })
  ).data
}

export async function removeTrustedCertificate(host: string, fingerprintSha256: string) {
  const path = `${base(host)}/trusted-certificates/${encodeURIComponent(fingerprintSha256)}`
  return (await requestJson<ExternalSystem>(path, { method: 'DELETE' })).data
}
