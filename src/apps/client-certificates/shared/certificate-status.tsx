import { ObjectStatus } from '@ui5/webcomponents-react'
import type { ClientCertificateSummary } from '../../../api/contracts/client-certificates'
import { statusStates, statusText } from './certificate-labels'

/** The Status column and header field: colour and text say the same thing, so neither is needed alone. */
export function CertificateStatus({
  certificate,
  large = false,
}: {
  certificate: Pick<ClientCertificateSummary, 'status' | 'removalDate'>
  large?: boolean
}) {
  return (
    <ObjectStatus state={statusStates[certificate.status]} showDefaultIcon large={large}>
      {statusText(certificate)}
    </ObjectStatus>
  )
}
