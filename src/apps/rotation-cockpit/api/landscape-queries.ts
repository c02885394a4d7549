import { queryOptions } from '@tanstack/react-query'
import type { ClientCertificateSummary } from '../../../api/contracts/client-certificates'
import type { ExternalSystem, ExternalSystemSummary } from '../../../api/contracts/external-systems'
import { requestJson } from '../../../api/http-client'
import { queryKeys } from '../../../api/query-keys'

/** SAP's default certificates (Client Default, and Client Default Expiring during the overlap). */
export const defaultCertificatesQuery = () =>
  queryOptions({
    queryKey: [...queryKeys.clientCertificates, 'list', { managedBy: 'SAP' }] as const,
    queryFn: async ({ signal }) =>
      (
        await requestJson<{ items: ClientCertificateSummary[] }>(
          'client-certificates?managedBy=SAP',
          { signal },
        )
      ).data.items,
  })

/** The external systems with their trust stores, for the checklist's "uploaded" step. */
export const externalSystemsQuery = () =>
  queryOptions({
    queryKey: [...queryKeys.externalSystems, 'list', {}] as const,
    queryFn: async ({ signal }) =>
      (await requestJson<{ items: ExternalSystemSummary[] }>('external-systems', { signal })).data
        .items,
  })

/** One external system with its connection log, for the checklist's "checked" step. */
export const externalSystemQuery = (host: string) =>
  queryOptions({
    queryKey: [...queryKeys.externalSystems, 'detail', host] as const,
    queryFn: async ({ signal }) =>
      (
        await requestJson<ExternalSystem>(`external-systems/${encodeURIComponent(host)}`, {
          signal,
        })
      ).data,
  })
