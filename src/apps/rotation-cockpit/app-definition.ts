import '@ui5/webcomponents-icons/dist/fob-watch.js'
import type { AppDefinition } from '../../ui/app-definition'
import { readinessQuery, readyCount } from './api/readiness-query'

/** The Rotation Cockpit: the whole rotation at a glance, with the readiness worklist. */
export const rotationCockpitApp: AppDefinition = {
  intent: 'RotationCockpit-display',
  title: 'Rotation Cockpit',
  subtitle: 'Default client certificate rotation',
  group: 'Simulation',
  icon: 'fob-watch',
  load: () => import('./cockpit-routes'),
  figure: {
    query: readinessQuery(),
    format: (report: Parameters<typeof readyCount>[0]) => ({
      // The tile's large figure holds a short number; the total goes into the unit line.
      value: String(readyCount(report)),
      unit: `of ${report.rows.length} users ready`,
    }),
  },
}
