import '@ui5/webcomponents-icons/dist/fob-watch.js'
import { readinessQuery } from '../../api/rotation'
import { tileFigure, type AppDefinition } from '../../ui/app-definition'
import { formatNumber } from '../../ui/format'
import { appIntents } from '../../ui/links/app-links'
import { tileTexts } from './i18n/tile-texts'
import { readyCount } from './readiness-figures'

/** The Rotation Cockpit: the whole rotation at a glance, with the readiness worklist. */
export const rotationCockpitApp: AppDefinition = {
  intent: appIntents.rotationCockpit,
  tileTexts,
  group: 'Simulation',
  icon: 'fob-watch',
  load: () => import('./cockpit-routes'),
  // The tile's large figure holds a short number; the total goes into the unit line.
  figure: tileFigure(readinessQuery(), (report, t) => ({
    value: formatNumber(readyCount(report)),
    unit: t('figure.usersReady', formatNumber(report.rows.length)),
  })),
}
