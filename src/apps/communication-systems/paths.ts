/** The app's own URLs; other apps link to the same shapes (see the certificate deep link). */
export const appPath = '/CommunicationSystem-maintain'

export const systemPath = (systemId: string) => `${appPath}/${encodeURIComponent(systemId)}`

export const outboundUserPath = (systemId: string, userId: string) =>
  `${systemPath(systemId)}/outbound-users/${encodeURIComponent(userId)}`

export const newOutboundUserPath = (systemId: string) =>
  `${systemPath(systemId)}/outbound-users/new`

export const changesPath = (systemId: string) => `${systemPath(systemId)}/changes`

/** Display Changes over every system, opened from the list report. */
export const allChangesPath = `${appPath}/changes`
