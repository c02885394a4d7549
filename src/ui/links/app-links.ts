// The URLs of the apps, in one place: each app owns everything below `#/{intent}`, and another app
// links to the same shapes. An id is always one encoded path segment, so "/", "?", "#" and spaces in
// it stay part of the id.

/** Each app's intent (Fiori semantic object and action): its route is `#/{intent}`. */
export const appIntents = {
  clientCertificates: 'ClientCertificate-maintain',
  communicationSystems: 'CommunicationSystem-maintain',
  communicationArrangements: 'CommunicationArrangement-maintain',
  externalSystems: 'ExternalSystem-maintain',
  rotationCockpit: 'RotationCockpit-display',
  sapTrustCenter: 'SapTrustCenter-display',
} as const
export type AppIntent = (typeof appIntents)[keyof typeof appIntents]

/** The filters of the Communication Systems list that other apps link to. */
export interface CommunicationSystemsQuery {
  /** Systems with an outbound user that uses this certificate. */
  certificate?: string
}

/** The filters of the Communication Arrangements list that other apps link to. */
export interface CommunicationArrangementsQuery {
  search?: string
  /** A communication scenario ID, e.g. SAP_COM_0A69. */
  scenario?: string
  /** Arrangements whose outbound user uses this certificate. */
  certificate?: string
  /** Arrangements of this communication system. */
  system?: string
}

/** The href of a router path (for `href` of a Link, BreadcrumbsItem or anchor). */
export function hrefOf(path: string): string {
  return `#${path}`
}

/** An app's start (its list report): the router path `/{intent}`. */
export function appPath(intent: AppIntent): string {
  return `/${intent}`
}

function objectPath(intent: AppIntent, id: string): string {
  return `${appPath(intent)}/${encodeURIComponent(id)}`
}

/** `?a=1&b=2` of the given values, without the empty ones; '' when none is left. */
function queryOf(query: object | undefined): string {
  const pairs = Object.entries(query ?? {}).filter(
    (pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1] !== '',
  )
  if (pairs.length === 0) return ''
  return `?${pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}`
}

// Router paths, for `navigate` inside an app.

export const clientCertificatesPath = () => appPath(appIntents.clientCertificates)
export const clientCertificatePath = (certificateId: string) =>
  objectPath(appIntents.clientCertificates, certificateId)

export const communicationSystemsPath = (query?: CommunicationSystemsQuery) =>
  `${appPath(appIntents.communicationSystems)}${queryOf(query)}`
export const communicationSystemPath = (systemId: string) =>
  objectPath(appIntents.communicationSystems, systemId)
/** One outbound user of a communication system: the dialog where its client certificate is changed. */
export const outboundUserPath = (systemId: string, userId: string) =>
  `${communicationSystemPath(systemId)}/outbound-users/${encodeURIComponent(userId)}`

export const communicationArrangementsPath = (query?: CommunicationArrangementsQuery) =>
  `${appPath(appIntents.communicationArrangements)}${queryOf(query)}`
export const communicationArrangementPath = (arrangementId: string) =>
  objectPath(appIntents.communicationArrangements, arrangementId)

export const externalSystemsPath = () => appPath(appIntents.externalSystems)
/** External systems are keyed by host name, like the communication systems that call them. */
export const externalSystemPath = (host: string) => objectPath(appIntents.externalSystems, host)
/** The simulated customer CA, a page of the External Systems app (a fixed segment, not a host). */
export const customerCaPath = () => `${appPath(appIntents.externalSystems)}/customer-root-ca`

export const rotationCockpitPath = () => appPath(appIntents.rotationCockpit)
export const sapTrustCenterPath = () => appPath(appIntents.sapTrustCenter)

// Hrefs, for links between apps (and within one).

export const clientCertificatesHref = () => hrefOf(clientCertificatesPath())
export const clientCertificateHref = (certificateId: string) =>
  hrefOf(clientCertificatePath(certificateId))

export const communicationSystemsHref = (query?: CommunicationSystemsQuery) =>
  hrefOf(communicationSystemsPath(query))
/** The Communication Systems list filtered to the systems whose outbound users use the certificate. */
export const systemsUsingCertificateHref = (certificateId: string) =>
  communicationSystemsHref({ certificate: certificateId })
export const communicationSystemHref = (systemId: string) =>
  hrefOf(communicationSystemPath(systemId))
export const outboundUserHref = (systemId: string, userId: string) =>
  hrefOf(outboundUserPath(systemId, userId))

export const communicationArrangementsHref = (query?: CommunicationArrangementsQuery) =>
  hrefOf(communicationArrangementsPath(query))
export const communicationArrangementHref = (arrangementId: string) =>
  hrefOf(communicationArrangementPath(arrangementId))

export const externalSystemsHref = () => hrefOf(externalSystemsPath())
export const externalSystemHref = (host: string) => hrefOf(externalSystemPath(host))
export const customerCaHref = () => hrefOf(customerCaPath())

export const rotationCockpitHref = () => hrefOf(rotationCockpitPath())
/** SAP Trust Center (simulated): where SAP publishes the SAP Cloud Root CA and its intermediate. */
export const sapTrustCenterHref = () => hrefOf(sapTrustCenterPath())
