import { Label } from '@ui5/webcomponents-react'
import type { ClientCertificateSummary } from '../../../api/contracts/client-certificates'
import { useAppTexts } from '../i18n/texts'

/**
 * Why listed certificates are missing from the value help, in the API's words (e.g. a customer
 * certificate whose Certificate Category is not set yet): the screen never decides that itself.
 */
export function UnusableCertificates({
  certificates,
}: {
  certificates: readonly ClientCertificateSummary[]
}) {
  const t = useAppTexts()
  if (certificates.length === 0) return null
  return (
    <div className="cs-certificate-unusable" data-testid="certificate-not-usable">
      <Label id="cs-certificate-unusable-title" wrappingType="Normal">
        {t.count('certificate.notUsable', certificates.length)}
      </Label>
      <ul aria-labelledby="cs-certificate-unusable-title">
        {certificates.map((certificate) => (
          <li key={certificate.id}>
            {`${certificate.description}: ${certificate.usability.message ?? t('certificate.notUsableNoReason')}`}
          </li>
        ))}
      </ul>
    </div>
  )
}
