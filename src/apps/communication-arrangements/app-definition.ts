import { appIntents } from '../../ui/links/app-links'
import '@ui5/webcomponents-icons/dist/chain-link.js'
import { queryOptions } from '@tanstack/react-query'
import { communicationArrangementsQuery } from '../../api/communication-arrangements'
import { queryKeys } from '../../api/query-keys'
import { tileFigure, type AppDefinition } from '../../ui/app-definition'
import { formatNumber } from '../../ui/format'
import { tileTexts } from './i18n/tile-texts'

interface TileData {
  arrangements: number
  onExpiring: number
}

// The tile counts what the list says: arrangements in all, and those whose outbound user the API
// reports on Client Default Expiring (none outside the overlap).
const tileQuery = queryOptions({
  queryKey: [...queryKeys.communicationArrangements, 'tile'] as const,
  queryFn: async ({ client }): Promise<TileData> => {
    const list = await client.fetchQuery(communicationArrangementsQuery())
    const onExpiring = list.items.filter((a) => a.onClientDefaultExpiring).length
    return { arrangements: list.total, onExpiring }
  },
})

const figure = tileFigure(tileQuery, (data, t) =>
  data.onExpiring === 0
    ? {
        value: formatNumber(data.arrangements),
        unit: t.count('figure.arrangements', data.arrangements),
      }
    : { value: formatNumber(data.onExpiring), unit: t.count('figure.onExpiring', data.onExpiring) },
)

/** Communication Arrangements: a scenario put to use with a system, its users and outbound services. */
export const communicationArrangementsApp: AppDefinition = {
  intent: appIntents.communicationArrangements,
  tileTexts,
  group: 'Communication Management',
  icon: 'chain-link',
  load: () => import('./app-routes'),
  figure,
}
