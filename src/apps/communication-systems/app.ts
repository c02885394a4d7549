import '@ui5/webcomponents-icons/dist/it-system.js'
import { queryOptions, type QueryKey } from '@tanstack/react-query'
import type { ClientCertificateSummary } from '../../api/contracts/client-certificates'
import { requestJson } from '../../api/http-client'
import { queryKeys } from '../../api/query-keys'
import type { AppDefinition } from '../../ui/app-definition'

interface TileData {
  systems: number
  /** Systems still on Client Default Expiring, during the overlap only. */
  onExpiring: number | undefined
}

// One query for the tile: the overlap figure comes from the certificate list's usage count,
// the quiet-time figure from the system list's total.
const tileQuery = queryOptions({
  queryKey: [...queryKeys.communicationSystems, 'tile'] as QueryKey,
  queryFn: async ({ signal }): Promise<TileData> => {
    const [certificates, systems] = await Promise.all([
      requestJson<{ items: ClientCertificateSummary[] }>('client-certificates', { signal }),
      requestJson<{ total: number }>('communication-systems?limit=1', { signal }),
    ])
    const expiring = certificates.data.items.find(
      (c) => c.description === 'Client Default Expiring',
    )
    return { systems: systems.data.total, onExpiring: expiring?.usedByCount }
  },
})

/** Communication Systems: the systems, their outbound users and the client certificate they present. */
export const communicationSystemsApp: AppDefinition = {
  intent: 'CommunicationSystem-maintain',
  title: 'Communication Systems',
  subtitle: 'Outbound users and their client certificates',
  group: 'Communication Management',
  icon: 'it-system',
  load: () => import('./app-routes'),
  figure: {
    query: tileQuery,
    format: (data: TileData) =>
      data.onExpiring === undefined
        ? { value: String(data.systems), unit: data.systems === 1 ? 'system' : 'systems' }
        : {
            value: String(data.onExpiring),
            unit: `${data.onExpiring === 1 ? 'system' : 'systems'} on Client Default Expiring`,
          },
  },
}
