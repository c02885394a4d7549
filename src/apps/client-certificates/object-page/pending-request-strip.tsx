import { MessageStrip } from '@ui5/webcomponents-react'
import type { ClientCertificate } from '../../../api/contracts/client-certificates'
import { formatDate } from '../../../ui/format'
import { useAppTexts } from '../i18n/texts'

/**
 * A pending signing request and what to do next. For a request alone there are no certificate
 * fields to show; during a Replace the current certificate's fields stay, and the strip says that
 * the current certificate stays in use until the signed one is uploaded.
 */
export function PendingRequestStrip({ certificate }: { certificate: ClientCertificate }) {
  const t = useAppTexts()
  const request = certificate.pendingRequest
  if (!request) return null
  const replacing = certificate.fingerprintSha256 !== undefined
  return (
    <MessageStrip
      design="Information"
      hideCloseButton
      className="client-certificates__strip"
      data-testid="pending-request"
    >
      {[
        t('request.created', formatDate(request.requestedOn), request.subject),
        replacing ? t('request.replacing') : '',
        t('request.next'),
      ]
        .filter(Boolean)
        .join(' ')}
    </MessageStrip>
  )
}
