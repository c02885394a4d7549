import '@ui5/webcomponents-icons/dist/it-system.js'
import { externalSystemsQuery } from '../../api/external-systems'
import { tileFigure, type AppDefinition } from '../../ui/app-definition'

/** The simulated external side of the trust: each host's trust store, capacity, rejection code and log. */
export const externalSystemsApp: AppDefinition = {
  intent: 'ExternalSystem-maintain',
  title: 'External Systems',
  subtitle: 'Simulated trust stores',
  group: 'Simulation',
  icon: 'it-system',
  load: () => import('./external-systems-routes'),
  figure: tileFigure(externalSystemsQuery(), (items) => ({
    value: String(
      items.filter((item) =>
        item.trustStore.some((trusted) => trusted.matches?.description === 'Client Default'),
      ).length,
    ),
    unit: `of ${items.length} trust Client Default`,
  })),
}
