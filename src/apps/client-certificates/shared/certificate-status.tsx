import { ObjectStatus } from '@ui5/webcomponents-react'
import type { ClientCertificateSummary } from '../../../api/contracts/client-certificates'
import { useAppTexts } from '../i18n/texts'
import { statusStates, statusText } from './certificate-labels'

/** The Status column and header field: colour and text say the same thing, so neither is needed alone. */
export function CertificateStatus({
  certificate,
  className,
}: {
  certificate: Pick<ClientCertificateSummary, 'status' | 'removalDate'>
  className?: string
}) {
  const t = useAppTexts()
  return (
    <ObjectStatus state={statusStates[certificate.status]} showDefaultIcon className={className}>
      {statusText(t, certificate)}
    </ObjectStatus>
  )
}
