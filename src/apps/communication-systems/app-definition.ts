import '@ui5/webcomponents-icons/dist/it-system.js'
import { queryOptions } from '@tanstack/react-query'
import { clientCertificatesQuery } from '../../api/client-certificates'
import { communicationSystemsQuery } from '../../api/communication-systems'
import { queryKeys } from '../../api/query-keys'
import { tileFigure, type AppDefinition } from '../../ui/app-definition'
import { formatNumber } from '../../ui/format'
import { appIntents } from '../../ui/links/app-links'
import { tileTexts } from './i18n/tile-texts'

interface TileData {
  systems: number
  /** Systems still on Client Default Expiring, during the overlap only. */
  onExpiring: number | undefined
}

// One query for the tile: the overlap figure is the certificate list's usage count of Client
// Default Expiring, the quiet-time figure the system list's total. Both are numbers from the API.
const tileQuery = queryOptions({
  queryKey: [...queryKeys.communicationSystems, 'tile'] as const,
  queryFn: async ({ signal, client }): Promise<TileData> => {
    const [certificates, systems] = await Promise.all([
      client.fetchQuery(clientCertificatesQuery()),
      client.fetchQuery(communicationSystemsQuery({ limit: 1 })),
    ])
    signal.throwIfAborted()
    const expiring = certificates.find((c) => c.status === 'Expiring')
    return { systems: systems.total, onExpiring: expiring?.usedByCount }
  },
})

const figure = tileFigure(tileQuery, (data, t) =>
  data.onExpiring === undefined
    ? { value: formatNumber(data.systems), unit: t.count('figure.systems', data.systems) }
    : { value: formatNumber(data.onExpiring), unit: t.count('figure.onExpiring', data.onExpiring) },
)

/** Communication Systems: the systems, their outbound users and the client certificate they present. */
export const communicationSystemsApp: AppDefinition = {
  intent: appIntents.communicationSystems,
  tileTexts,
  group: 'Communication Management',
  icon: 'it-system',
  load: () => import('./app-routes'),
  figure,
}
