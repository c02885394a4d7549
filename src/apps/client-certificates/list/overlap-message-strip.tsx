import { useQuery } from '@tanstack/react-query'
import { Link, MessageStrip } from '@ui5/webcomponents-react'
import { clientCertificatesQuery } from '../../../api/client-certificates'
import { clockQuery } from '../../../api/clock'
import { formatDate } from '../../../ui/format'
import { systemCount } from '../shared/certificate-labels'
import { systemsUsingCertificateHref } from '../shared/paths'

/**
 * During the overlap: what happened, what to do by when, and how much is left — with a link to
 * exactly the systems still on Client Default Expiring in the Communication Systems app. The phase
 * and dates come from the clock, the count from the certificate list; nothing is recomputed here.
 */
export function OverlapMessageStrip() {
  const clock = useQuery(clockQuery())
  // Unfiltered: the strip talks about the landscape, not about the rows the filters leave.
  const certificates = useQuery(clientCertificatesQuery())
  const expiring = certificates.data?.find((certificate) => certificate.status === 'Expiring')
  if (clock.data?.phase !== 'Overlap' || !expiring) return null

  const { issuanceDate, rotationDate } = clock.data.overlap
  const count = expiring.usedByCount
  const happened = `A new default client certificate was issued on ${formatDate(issuanceDate)}.`
  const todo = `Switch every communication system to Client Default before ${formatDate(rotationDate)}.`
  const left =
    count === 0
      ? 'No system uses Client Default Expiring any more.'
      : `${systemCount(count)} still ${count === 1 ? 'uses' : 'use'} Client Default Expiring.`

  return (
    <MessageStrip design={count === 0 ? 'Positive' : 'Critical'} hideCloseButton className="client-certificates__strip">
      {`${happened} ${todo} ${left} `}
      {count > 0 && (
        <Link href={systemsUsingCertificateHref(expiring.id)}>
          Show Systems Using Client Default Expiring
        </Link>
      )}
    </MessageStrip>
  )
}
