/** The intent of this app: its route is `#/ClientCertificate-maintain`. */
export const certificatesIntent = 'ClientCertificate-maintain'

/** The list report, for links and "back to the list" buttons that must work from any screen. */
export const listPath = `/${certificatesIntent}`

// The Communication Systems app is built separately; these URLs are the contract between the two apps.
/** The systems whose outbound users use `certificateId`. */
export function systemsUsingCertificateHref(certificateId: string): string {
  return `#/CommunicationSystem-maintain?certificate=${encodeURIComponent(certificateId)}`
}

/** One outbound user of a communication system, where its client certificate is changed. */
export function outboundUserHref(systemId: string, userId: string): string {
  return `#/CommunicationSystem-maintain/${encodeURIComponent(systemId)}/outbound-users/${encodeURIComponent(userId)}`
}

/** The SAP Trust Center (simulated): where SAP publishes the SAP Cloud Root CA and its intermediate. */
export const sapTrustCenterHref = '#/SapTrustCenter-display'
