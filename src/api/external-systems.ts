import { queryOptions } from '@tanstack/react-query'
import type {
  ExternalSystem,
  ExternalSystemSummary,
  UpdateExternalSystemRequest,
  UploadResult,
} from './contracts/external-systems'
import { requestJson, withQuery } from './http-client'
import { queryKeys } from './query-keys'

const root = queryKeys.externalSystems
const hostPath = (host: string) => `external-systems/${encodeURIComponent(host)}`

/** The simulated external systems, by host, with their trust stores. */
export const externalSystemsQuery = (search = '') =>
  queryOptions({
    queryKey: [...root, 'list', search] as const,
    queryFn: async ({ signal }) =>
      (
        await requestJson<{ items: ExternalSystemSummary[] }>(
          withQuery('external-systems', { search }),
          { signal },
        )
      ).data.items,
  })

/** One external system: trust store with matches, connection log newest first, systems using it. */
export const externalSystemQuery = (host: string) =>
  queryOptions({
    queryKey: [...root, 'detail', host] as const,
    queryFn: async ({ signal }) =>
      (await requestJson<ExternalSystem>(hostPath(host), { signal })).data,
  })

export async function updateExternalSystem(host: string, changes: UpdateExternalSystemRequest) {
  return (await requestJson<ExternalSystem>(hostPath(host), { method: 'PATCH', body: changes }))
    .data
}

/** Uploads a certificate file as it is (PEM, .crt, .cer, .p7b); a refusal is an ApiError with field "file". */
export async function uploadTrustedCertificate(
  host: string,
  file: Blob | ArrayBuffer | Uint8Array,
) {
  const options = {
    method: 'POST',
    body: file,
    headers: { 'Content-Type': 'application/octet-stream' },
  } as const
  return (await requestJson<UploadResult>(`${hostPath(host)}/trusted-certificates`, options)).data
}

export async function removeTrustedCertificate(host: string, fingerprintSha256: string) {
  const path = `${hostPath(host)}/trusted-certificates/${encodeURIComponent(fingerprintSha256)}`
  return (await requestJson<ExternalSystem>(path, { method: 'DELETE' })).data
}
