import { Link, MessageStrip } from '@ui5/webcomponents-react'
import { useAppTexts } from '../i18n/texts'

/**
 * Says plainly that the list is narrowed to one certificate: a deep link from Maintain Client
 * Certificates lands here, and the user must see why systems are missing and how to see all.
 */
export function CertificateFilterStrip({
  description,
  onClear,
}: {
  description: string | undefined
  onClear: () => void
}) {
  const t = useAppTexts()
  return (
    <MessageStrip design="Information" onClose={onClear} role="status">
      {`${t('filter.certificateStrip', description ?? t('filter.selectedCertificate'))} `}
      <Link onClick={onClear}>{t('filter.showAll')}</Link>
    </MessageStrip>
  )
}
