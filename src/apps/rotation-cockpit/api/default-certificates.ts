import { queryOptions } from '@tanstack/react-query'
import { clientCertificatesQuery } from '../../../api/client-certificates'
import type { ClientCertificateSummary } from '../../../api/contracts/client-certificates'

/** A certificate with its validity: every default SAP issued has one. */
export type DefaultCertificate = ClientCertificateSummary & { validFrom: string; validTo: string }

/** SAP's default certificates: Client Default, and Client Default Expiring during the overlap. */
export const defaultCertificatesQuery = () =>
  queryOptions({
    ...clientCertificatesQuery({ managedBy: 'SAP' }),
    select: (items: ClientCertificateSummary[]) =>
      items.filter(
        (c): c is DefaultCertificate => c.validFrom !== undefined && c.validTo !== undefined,
      ),
  })
