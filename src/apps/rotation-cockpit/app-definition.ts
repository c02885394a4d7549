import '@ui5/webcomponents-icons/dist/fob-watch.js'
import { readinessQuery } from '../../api/rotation'
import { tileFigure, type AppDefinition } from '../../ui/app-definition'
import { readyCount } from './readiness-figures'

/** The Rotation Cockpit: the whole rotation at a glance, with the readiness worklist. */
export const rotationCockpitApp: AppDefinition = {
  intent: 'RotationCockpit-display',
  title: 'Rotation Cockpit',
  subtitle: 'Default client certificate rotation',
  group: 'Simulation',
  icon: 'fob-watch',
  load: () => import('./cockpit-routes'),
  // The tile's large figure holds a short number; the total goes into the unit line.
  figure: tileFigure(readinessQuery(), (report) => ({
    value: String(readyCount(report)),
    unit: `of ${report.rows.length} users ready`,
  })),
}
