import '@ui5/webcomponents-icons/dist/permission.js'
import { clientCertificatesQuery } from '../../api/client-certificates'
import { tileFigure, type AppDefinition } from '../../ui/app-definition'
import { formatNumber } from '../../ui/format'
import { appIntents } from '../../ui/links/app-links'
import { tileTexts } from './i18n/tile-texts'

// During the overlap the one number an administrator needs is how many systems are left to switch;
// otherwise the tile counts the certificates. Both numbers come from the API as they are.
const figure = tileFigure(clientCertificatesQuery(), (items, t) => {
  const expiring = items.find((item) => item.status === 'Expiring')
  if (expiring)
    return {
      value: formatNumber(expiring.usedByCount),
      unit: t.count('figure.onExpiring', expiring.usedByCount),
    }
  return { value: formatNumber(items.length), unit: t.count('figure.certificates', items.length) }
})

/** Maintain Client Certificates (launchpad group Security): the list report and the object page. */
export const clientCertificatesApp: AppDefinition = {
  intent: appIntents.clientCertificates,
  tileTexts,
  group: 'Security',
  icon: 'permission',
  load: () => import('./app-routes'),
  figure,
}
