import {
  communicationSystemPath,
  communicationSystemsPath,
  outboundUserPath,
} from '../../ui/links/app-links'

/** The app's own URLs, built on the shared ones that other apps link to (src/ui/links). */
export const appPath = communicationSystemsPath()

export const systemPath = communicationSystemPath

export { outboundUserPath }

export const newOutboundUserPath = (systemId: string) =>
  `${systemPath(systemId)}/outbound-users/new`

export const changesPath = (systemId: string) => `${systemPath(systemId)}/changes`

/** Display Changes over every system, opened from the list report. */
export const allChangesPath = `${appPath}/changes`
