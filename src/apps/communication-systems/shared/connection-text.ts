import type { ConnectionOutcome, PredictedOutcome } from '../../../api/contracts/common'
import type { ClientCertificateSummary } from '../../../api/contracts/client-certificates'
import { formatDate } from '../../../ui/format'
import type { Texts } from '../../../ui/i18n/text-bundle'

const statusKeys: Record<ConnectionOutcome['status'], string> = {
  200: 'connection.status.ok',
  401: 'connection.status.unauthorized',
  403: 'connection.status.forbidden',
  unreachable: 'connection.status.unreachable',
}

/** The HTTP answer as administrators read it in logs: "401 Unauthorized". */
export function connectionStatusText(t: Texts, status: ConnectionOutcome['status']): string {
  const key = statusKeys[status] as string | undefined
  return key ? t(key) : String(status)
}

export function connectionState(status: ConnectionOutcome['status']): 'Positive' | 'Negative' {
  return status === 200 ? 'Positive' : 'Negative'
}

/** What the screen knows about the host and the certificate an outcome is about. */
export interface OutcomeSubject {
  host: string
  certificateId: string | undefined
  /** The certificate's description (data: "Client Default"); empty or absent for an unknown one. */
  certificateDescription: string | undefined
}

/** The listed certificates, for the dates an expired or not yet valid one is named with. */
type CertificateDates = Pick<ClientCertificateSummary, 'id' | 'validFrom' | 'validTo'>

/** The reason in words, or undefined for a reason code this screen does not know. */
function reasonText(
  t: Texts,
  outcome: Pick<ConnectionOutcome, 'status' | 'reason'>,
  subject: OutcomeSubject,
  certificates: readonly CertificateDates[],
): string | undefined {
  const { host, certificateId } = subject
  const name = subject.certificateDescription || certificateId || ''
  const code = String(outcome.status)
  const certificate = certificates.find((c) => c.id === certificateId)
  switch (outcome.reason) {
    case 'ok':
      return t('connection.reason.ok', host, name)
    case 'certificate-not-trusted':
      return t('connection.reason.certificateNotTrusted', host, code, name)
    case 'certificate-expired':
      return certificate
        ? t(
            'connection.reason.certificateExpired',
            name,
            formatDate(certificate.validTo),
            host,
            code,
          )
        : t('connection.reason.certificateExpiredUndated', name, host, code)
    case 'certificate-not-yet-valid':
      return certificate
        ? t(
            'connection.reason.certificateNotYetValid',
            name,
            formatDate(certificate.validFrom),
            host,
            code,
          )
        : t('connection.reason.certificateNotYetValidUndated', name, host, code)
    case 'certificate-unknown':
      return t('connection.reason.certificateUnknown', certificateId ?? name, host, code)
    case 'no-external-system':
      return t('connection.reason.noExternalSystem', host)
    default:
      return undefined
  }
}

/**
 * An outcome's reason in the user's language, said by the screen from the API's reason code, with
 * what to do about it. The API's own sentence (English) stands in for a code the screen does not know.
 */
export function connectionMessage(
  t: Texts,
  outcome: Pick<ConnectionOutcome, 'status' | 'reason' | 'message'>,
  subject: OutcomeSubject,
  certificates: readonly CertificateDates[] = [],
): string {
  return reasonText(t, outcome, subject, certificates) ?? outcome.message
}

/** The outcome predicted for the next rotation, naming SAP's migration when there is one. */
export function predictedMessage(
  t: Texts,
  predicted: PredictedOutcome,
  host: string,
  certificates: readonly CertificateDates[] = [],
): string {
  const subject = {
    host,
    certificateId: predicted.certificateId,
    certificateDescription: predicted.certificateDescription,
  }
  const reason = reasonText(t, predicted, subject, certificates)
  if (reason === undefined) return predicted.message
  return predicted.migrated
    ? t(
        'connection.migration',
        formatDate(predicted.date),
        predicted.certificateDescription,
        reason,
      )
    : reason
}
