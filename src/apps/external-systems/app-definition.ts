import '@ui5/webcomponents-icons/dist/it-system.js'
import { externalSystemsQuery } from '../../api/external-systems'
import { tileFigure, type AppDefinition } from '../../ui/app-definition'
import { formatNumber } from '../../ui/format'
import { appIntents } from '../../ui/links/app-links'
import { tileTexts } from './i18n/tile-texts'

/** The simulated external side of the trust: each host's trust store, capacity, rejection code and log. */
export const externalSystemsApp: AppDefinition = {
  intent: appIntents.externalSystems,
  tileTexts,
  group: 'Simulation',
  icon: 'it-system',
  load: () => import('./external-systems-routes'),
  figure: tileFigure(externalSystemsQuery(), (items, t) => ({
    value: formatNumber(items.filter((item) => item.acceptsClientDefault).length),
    unit: t('figure.trustClientDefault', formatNumber(items.length)),
  })),
}
