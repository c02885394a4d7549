import { queryOptions } from '@tanstack/react-query'
import type { TrustCenterCertificate, TrustCenterExportFormat } from './contracts/sap-trust-center'
import { requestFile, requestJson } from './http-client'
import { queryKeys } from './query-keys'

/** The CA certificates the SAP Trust Center publishes: the root first, then the intermediate. */
export const trustCenterCertificatesQuery = () =>
  queryOptions({
    queryKey: [...queryKeys.sapTrustCenter, 'list'] as const,
    queryFn: async ({ signal }) =>
      (
        await requestJson<{ items: TrustCenterCertificate[] }>('sap-trust-center/certificates', {
          signal,
        })
      ).data.items,
  })

/** Downloads one CA certificate in the chosen format: the file's bytes and its name. */
export function exportTrustCenterCertificate(id: string, format: TrustCenterExportFormat) {
  return requestFile(
    `sap-trust-center/certificates/${encodeURIComponent(id)}/export?format=${format}`,
  )
}
