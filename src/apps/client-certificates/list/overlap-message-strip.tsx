import { useQuery } from '@tanstack/react-query'
import { Link, MessageStrip } from '@ui5/webcomponents-react'
import { clientCertificatesQuery } from '../../../api/client-certificates'
import { clockQuery } from '../../../api/clock'
import { formatDate } from '../../../ui/format'
import { systemsUsingCertificateHref } from '../../../ui/links/app-links'
import { useAppTexts } from '../i18n/texts'

/**
 * During the overlap: what happened, what to do by when, and how much is left — with a link to
 * exactly the systems still on Client Default Expiring in the Communication Systems app. The phase
 * and dates come from the clock, the count from the certificate list; nothing is recomputed here.
 */
export function OverlapMessageStrip() {
  const t = useAppTexts()
  const clock = useQuery(clockQuery())
  // Unfiltered: the strip talks about the landscape, not about the rows the filters leave.
  const certificates = useQuery(clientCertificatesQuery())
  const expiring = certificates.data?.find((certificate) => certificate.status === 'Expiring')
  if (clock.data?.phase !== 'Overlap' || !expiring) return null

  const { issuanceDate, rotationDate } = clock.data.overlap
  const count = expiring.usedByCount
  const happened = t('overlap.happened', formatDate(issuanceDate))
  const todo = t('overlap.todo', formatDate(rotationDate))
  const left = count === 0 ? t('overlap.noneLeft') : t.count('overlap.left', count)

  return (
    <MessageStrip
      design={count === 0 ? 'Positive' : 'Critical'}
      hideCloseButton
      className="client-certificates__strip"
    >
      {`${happened} ${todo} ${left} `}
      {count > 0 && (
        <Link href={systemsUsingCertificateHref(expiring.id)}>{t('overlap.showSystems')}</Link>
      )}
    </MessageStrip>
  )
}
