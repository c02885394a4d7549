import '@ui5/webcomponents-icons/dist/permission.js'
import { clientCertificatesQuery } from '../../api/client-certificates'
import { tileFigure, type AppDefinition } from '../../ui/app-definition'
import { certificatesIntent } from './shared/paths'

// During the overlap the one number an administrator needs is how many systems are left to switch;
// otherwise the tile counts the certificates. Both numbers come from the API as they are.
const figure = tileFigure(clientCertificatesQuery(), (items) => {
  const expiring = items.find((item) => item.status === 'Expiring')
  if (expiring)
    return { value: String(expiring.usedByCount), unit: 'systems on Client Default Expiring' }
  return { value: String(items.length), unit: items.length === 1 ? 'certificate' : 'certificates' }
})

/** Maintain Client Certificates (launchpad group Security): the list report and the object page. */
export const clientCertificatesApp: AppDefinition = {
  intent: certificatesIntent,
  title: 'Maintain Client Certificates',
  subtitle: 'Client certificates for outbound communication',
  group: 'Security',
  icon: 'permission',
  load: () => import('./app-routes'),
  figure,
}
