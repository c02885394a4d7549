import '@ui5/webcomponents-icons/dist/shield.js'
import type { AppDefinition } from '../../ui/app-definition'
import { appIntents } from '../../ui/links/app-links'
import { tileTexts } from './i18n/tile-texts'

/**
 * SAP Trust Center (simulated): where administrators get the SAP Cloud Root CA (and the intermediate)
 * that a client certificate's export leaves out, to upload it to external systems that trust issuers.
 */
export const sapTrustCenterApp: AppDefinition = {
  intent: appIntents.sapTrustCenter,
  tileTexts,
  group: 'Simulation',
  icon: 'shield',
  load: () => import('./app-routes'),
}
