import { useQuery } from '@tanstack/react-query'
import { BusyIndicator } from '@ui5/webcomponents-react'
import { useParams } from 'react-router'
import { ApiError } from '../../../api/api-error'
import { clientCertificateQuery } from '../../../api/client-certificates'
import { useAppTexts } from '../i18n/texts'
import { LoadFailure } from '../shared/load-failure'
import { useDelayedFlag } from '../shared/use-delayed-flag'
import { CertificateContent } from './certificate-content'
import { CertificateUnavailable } from './certificate-unavailable'

/** `#/ClientCertificate-maintain/:id`: loads the certificate, then shows its object page. */
export function CertificateObjectPage() {
  const t = useAppTexts()
  const id = useParams().certificateId ?? ''
  const certificate = useQuery(clientCertificateQuery(id))
  const showBusy = useDelayedFlag(certificate.isPending)

  if (certificate.isPending) {
    return showBusy ? (
      <BusyIndicator
        active
        className="client-certificates__busy"
        aria-label={t('objectPage.loading')}
      />
    ) : null
  }
  if (certificate.isError) {
    const { error } = certificate
    if (
      error instanceof ApiError &&
      (error.code === 'CertificateRemoved' || error.status === 404)
    ) {
      return <CertificateUnavailable error={error} />
    }
    return (
      <LoadFailure
        title={t('objectPage.loadFailed')}
        error={error}
        onRetry={() => void certificate.refetch()}
      />
    )
  }

  // Keyed by id: another certificate's page starts with a fresh draft, never a neighbour's edit.
  return <CertificateContent key={id} certificate={certificate.data} />
}
