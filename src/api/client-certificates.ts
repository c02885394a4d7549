import { queryOptions } from '@tanstack/react-query'
import type { CertificateStatus, ClientCertificate, ClientCertificateSummary, ExportFormat, ManagedBy } from './contracts/client-certificates'
import { requestFile, requestJson, withQuery } from './http-client'
import { queryKeys } from './query-keys'

export type CertificateFilter = {
  search?: string
  status?: CertificateStatus
  managedBy?: ManagedBy
}

/** The certificates listed in Maintain Client Certificates (removed ones are history, not listed). */
export const clientCertificatesQuery = (filter: CertificateFilter = {}) =>
  queryOptions({
    queryKey: [...queryKeys.clientCertificates, 'list', filter] as const,
    queryFn: async ({ signal }) =>
      (await requestJson<{ items: ClientCertificateSummary[] }>(withQuery('client-certificates', filter), { signal })).data.items,
  })

/** One certificate with its details and where it is used; a removed one fails with status 410. */
export const clientCertificateQuery = (id: string) =>
  queryOptions({
    queryKey: [...queryKeys.clientCertificates, 'detail', id] as const,
    queryFn: async ({ signal }) =>
      (await requestJson<ClientCertificate>(`client-certificates/${encodeURIComponent(id)}`, { signal })).data,
  })

/** Downloads one certificate in the chosen format: the file's bytes and its name. */
export function exportClientCertificate(id: string, format: ExportFormat) {
  return requestFile(`client-certificates/${encodeURIComponent(id)}/export?format=${format}`)
}
