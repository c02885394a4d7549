import type { ConnectionAttempt, ExternalSystem } from '../../api/contracts/external-systems'

// Label keys of the API's enumerations, looked up with the app's texts.

/** The capacity in the words the seed uses for it. */
export const capacityText: Record<ExternalSystem['capacity'], string> = {
  multiple: 'capacity.multiple',
  single: 'capacity.single',
}

export const rejectionText: Record<ExternalSystem['rejectionCode'], string> = {
  401: 'rejection.unauthorized',
  403: 'rejection.forbidden',
}

export const connectionStatusText: Record<ConnectionAttempt['status'], string> = {
  200: 'status.ok',
  401: 'status.unauthorized',
  403: 'status.forbidden',
  unreachable: 'status.unreachable',
}

export const connectionReasonText: Record<ConnectionAttempt['reason'], string> = {
  ok: 'reason.ok',
  'certificate-not-trusted': 'reason.certificateNotTrusted',
  'certificate-expired': 'reason.certificateExpired',
  'certificate-not-yet-valid': 'reason.certificateNotYetValid',
  'certificate-unknown': 'reason.certificateUnknown',
  'no-external-system': 'reason.noExternalSystem',
}
