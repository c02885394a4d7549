import { clientCertificatesApp } from './apps/client-certificates/app-definition'
import { communicationArrangementsApp } from './apps/communication-arrangements/app-definition'
import { communicationSystemsApp } from './apps/communication-systems/app-definition'
import { externalSystemsApp } from './apps/external-systems/app-definition'
import { rotationCockpitApp } from './apps/rotation-cockpit/app-definition'
import { sapTrustCenterApp } from './apps/sap-trust-center/app-definition'
import type { AppDefinition } from './ui/app-definition'

/**
 * Every app of Rotation Lab, in one place: an entry here gives the app its launchpad tile and its
 * routes. A tile only exists for an app that is registered, so no tile leads to nothing.
 */
export const appRegistry: readonly AppDefinition[] = [
  clientCertificatesApp,
  communicationSystemsApp,
  communicationArrangementsApp,
  rotationCockpitApp,
  externalSystemsApp,
  sapTrustCenterApp,
]
