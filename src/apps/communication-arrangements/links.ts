// Every URL this app builds, its own and other apps', in one place: when the shared cross-app links
// (src/ui/links) land, only this file changes.

/** The app's own route root. */
export const appPath = '/CommunicationArrangement-maintain'

export const arrangementPath = (name: string) => `${appPath}/${encodeURIComponent(name)}`

const communicationSystemsPath = '/CommunicationSystem-maintain'

/** A communication system's object page in Communication Systems (an in-app route, no `#`). */
export const systemPath = (systemId: string) =>
  `${communicationSystemsPath}/${encodeURIComponent(systemId)}`

/** An outbound user's dialog on its system's object page in Communication Systems. */
export const outboundUserPath = (systemId: string, userId: string) =>
  `${systemPath(systemId)}/outbound-users/${encodeURIComponent(userId)}`

/** An `href` for a route: the app routes by hash. */
export const href = (path: string) => `#${path}`
