import type {
  ConnectionOutcome,
  ConnectionReason,
  PredictedOutcome,
  TrustMode,
} from '../../api/contracts/common'
import { formatDate } from '../format'
import type { Texts } from '../i18n/text-bundle'

// One vocabulary for what an external system answers: every app says a status, a reason and a
// trust mode with these functions and the shared bundle (connection-texts.ts), never its own copy.

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

const trustModeKeys: Record<TrustMode, string> = {
  PinnedCertificate: 'trustMode.PinnedCertificate',
  TrustedIssuer: 'trustMode.TrustedIssuer',
}

/** "Pinned Certificate" / "Trusted Issuer". */
export function trustModeText(t: Texts, mode: TrustMode): string {
  return t(trustModeKeys[mode])
}

const reasonKeys: Record<ConnectionReason, string> = {
  'certificate-trusted': 'connection.reason.certificateTrusted',
  'issuer-trusted': 'connection.reason.issuerTrusted',
  'certificate-not-trusted': 'connection.reason.certificateNotTrusted',
  'issuer-not-trusted': 'connection.reason.issuerNotTrusted',
  'chain-broken': 'connection.reason.chainBrokenIssuer',
  'issuer-expired': 'connection.reason.issuerExpired',
  'issuer-not-yet-valid': 'connection.reason.issuerNotYetValid',
  'certificate-expired': 'connection.reason.certificateExpired',
  'certificate-not-yet-valid': 'connection.reason.certificateNotYetValid',
  'certificate-not-issued-yet': 'connection.reason.certificateNotIssuedYet',
  'certificate-unknown': 'connection.reason.certificateUnknown',
  'no-external-system': 'connection.reason.noExternalSystem',
}

/** The host and the certificate an outcome is about, as the screen knows them. */
export interface OutcomeSubject {
  readonly host: string
  /** The certificate's description ("Client Default"), else its id. */
  readonly certificate: string
}

type Outcome = Pick<ConnectionOutcome, 'status' | 'reason' | 'message' | 'detail'>

/**
 * Why the external system answers as it does, and what to do, in the user's language. The API's
 * own sentence (English) stands in for a reason code this version does not know.
 */
export function connectionMessage(t: Texts, outcome: Outcome, subject: OutcomeSubject): string {
  const key = reasonKeys[outcome.reason] as string | undefined
  if (!key) return outcome.message
  const { detail } = outcome
  const signatureBroken =
    outcome.reason === 'chain-broken' && detail?.chainBreak === 'signature-invalid'
  return t(
    signatureBroken ? 'connection.reason.chainBrokenSignature' : key,
    subject.host,
    subject.certificate,
    String(outcome.status),
    detail?.subject ? commonName(detail.subject) : t('connection.unknownIssuer'),
    detail?.date ? formatDate(detail.date) : t('connection.unknownDate'),
  )
}

/** The outcome predicted for the next rotation, naming SAP's migration when there is one. */
export function predictedMessage(t: Texts, predicted: PredictedOutcome, host: string): string {
  const reason = connectionMessage(t, predicted, {
    host,
    certificate: predicted.certificateDescription || predicted.certificateId,
  })
  if (!predicted.migrated) return reason
  const date = formatDate(predicted.date)
  return predicted.issuedOn
    ? t('connection.migrationNotIssued', date, formatDate(predicted.issuedOn), reason)
    : t('connection.migration', date, predicted.certificateDescription, reason)
}

/** "SAP Cloud Root CA (simulated)" from "CN=SAP Cloud Root CA (simulated), O=SAP SE, C=DE". */
export function commonName(distinguishedName: string): string {
  const match = /(?:^|,\s*)CN=((?:\\,|[^,])+)/.exec(distinguishedName)
  return match?.[1]?.replace(/\\,/g, ',').trim() ?? distinguishedName
}
