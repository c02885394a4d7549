import type { ClientCertificateSummary } from '../../../api/contracts/client-certificates'
import { formatDate } from '../../../ui/format'
import type { Texts } from '../../../ui/i18n/text-bundle'

/** What an administrator needs to choose well: until when the certificate can be used. */
export function validityText(
  t: Texts,
  certificate: Pick<ClientCertificateSummary, 'removalDate' | 'validTo'>,
): string {
  return certificate.removalDate
    ? t('certificate.removedOn', formatDate(certificate.removalDate))
    : t('certificate.validTo', formatDate(certificate.validTo))
}
