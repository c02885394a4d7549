import type { CertificateStatus, ClientCertificateSummary, ManagedBy } from '../../../api/contracts/client-certificates'
import { formatDate } from '../../../ui/format'

/** SAP's own wording for the Managed By field. */
export const managedByLabels: Record<ManagedBy, string> = {
  SAP: 'Managed By SAP',
  Customer: 'Managed By Customer',
}

/** The filter texts of each status; the row text of Expiring adds its removal date (see statusText). */
export const statusLabels: Record<CertificateStatus, string> = {
  Valid: 'Valid',
  Expiring: 'Expiring',
  Expired: 'Expired',
  NotYetValid: 'Not Yet Valid',
}

/** "Expiring — removed on Mar 1, 2027": the date is what an administrator has to act on. */
export function statusText(certificate: Pick<ClientCertificateSummary, 'status' | 'removalDate'>): string {
  if (certificate.status === 'Expiring' && certificate.removalDate) {
    return `Expiring — removed on ${formatDate(certificate.removalDate)}`
  }
  return statusLabels[certificate.status]
}

/** The semantic colour of each status, as Fiori's ObjectStatus shows it. */
export const statusStates: Record<CertificateStatus, 'Positive' | 'Critical' | 'Negative' | 'Information'> = {
  Valid: 'Positive',
  Expiring: 'Critical',
  Expired: 'Negative',
  NotYetValid: 'Information',
}

/** "1 system" / "3 systems". */
export function systemCount(count: number): string {
  return `${count} ${count === 1 ? 'system' : 'systems'}`
}
