import type {
  CertificateCategory,
  CertificateStatus,
  ClientCertificateSummary,
  ManagedBy,
} from '../../../api/contracts/client-certificates'
import { formatDate } from '../../../ui/format'
import type { Texts } from '../../../ui/i18n/text-bundle'

/** SAP's own wording for the Managed By field (text keys). */
export const managedByLabels: Record<ManagedBy, string> = {
  SAP: 'managedBy.sap',
  Customer: 'managedBy.customer',
}

/** The filter texts of each status (text keys); the row text of Expiring adds its removal date (see statusText). */
export const statusLabels: Record<CertificateStatus, string> = {
  Valid: 'status.valid',
  Expiring: 'status.expiring',
  Expired: 'status.expired',
  NotYetValid: 'status.notYetValid',
  SigningRequestCreated: 'status.signingRequestCreated',
}

/** "Expiring — removed on Mar 1, 2027": the date is what an administrator has to act on. */
export function statusText(
  t: Texts,
  certificate: Pick<ClientCertificateSummary, 'status' | 'removalDate'>,
): string {
  if (certificate.status === 'Expiring' && certificate.removalDate) {
    return t('status.expiringRemovedOn', formatDate(certificate.removalDate))
  }
  return t(statusLabels[certificate.status])
}

/** The semantic colour of each status, as Fiori's ObjectStatus shows it. */
export const statusStates: Record<
  CertificateStatus,
  'Positive' | 'Critical' | 'Negative' | 'Information'
> = {
  Valid: 'Positive',
  Expiring: 'Critical',
  SigningRequestCreated: 'Information',
  Expired: 'Negative',
  NotYetValid: 'Information',
}

/** SAP's Certificate Category values (text keys); only the first lets outbound users present it. */
export const categoryLabels: Record<CertificateCategory, string> = {
  'Client Default for ABAP on BTP': 'category.clientDefault',
  'Not Assigned': 'category.notAssigned',
}
