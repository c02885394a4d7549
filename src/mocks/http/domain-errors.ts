import type { DomainError, DomainErrorCode } from '../../domain/errors'
import { errorResponse } from './responses'

// How each refusal of the rotation engine reads in HTTP. 409 for conflicts with the current state,
// 410 for what existed and was removed, 400 for input that can never succeed.
const statusOf: Record<DomainErrorCode, number> = {
  InvalidDate: 400,
  DateOutOfRange: 400,
  DateInPast: 400,
  InvalidCommand: 400,
  UnknownSystem: 404,
  DuplicateSystemId: 409,
  UnknownUser: 404,
  NotCertificateBased: 409,
  UnknownCertificate: 400,
  CertificateRemoved: 409,
  CertificateManagedBySap: 409,
  CertificateInUse: 409,
  DuplicateCertificate: 409,
  MissingCertificateMaterial: 500,
  NoCertificateYet: 409,
  CertificateNotUsable: 409,
  NoSigningRequest: 409,
  PublicKeyMismatch: 400,
  UnknownExternalSystem: 404,
  DuplicateExternalSystem: 409,
  NotTrusted: 404,
  CaCertificateNotPinnable: 400,
  VersionConflict: 412,
  UnknownCommunicationScenario: 400,
  UnknownArrangement: 404,
  DuplicateArrangement: 409,
  ScenarioAlreadyArranged: 409,
  NoSupportedOutboundUser: 409,
  UnsupportedAuthenticationMethod: 409,
  UnknownService: 404,
  ServiceInactive: 409,
  UsedByArrangement: 409,
}

/** The HTTP answer to a domain refusal, with the field at fault as a field-level reason. */
export function domainErrorResponse(error: DomainError) {
  const details = error.field ? [{ field: error.field, message: error.message }] : []
  return errorResponse(statusOf[error.code], error.code, error.message, details)
}
