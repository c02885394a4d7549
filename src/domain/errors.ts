/** Every way a command or query can be refused; the HTTP layer maps each code to a status. */
export type DomainErrorCode =
  | 'InvalidDate'
  | 'DateOutOfRange'
  | 'DateInPast'
  | 'InvalidCommand'
  | 'UnknownSystem'
  | 'DuplicateSystemId'
  | 'UnknownUser'
  | 'NotCertificateBased'
  | 'UnknownCertificate'
  | 'CertificateRemoved'
  | 'CertificateManagedBySap'
  | 'CertificateInUse'
  | 'DuplicateCertificate'
  | 'MissingCertificateMaterial'
  | 'NoCertificateYet'
  | 'CertificateNotUsable'
  | 'NoSigningRequest'
  | 'PublicKeyMismatch'
  | 'UnknownExternalSystem'
  | 'DuplicateExternalSystem'
  | 'NotTrusted'
  | 'CaCertificateNotPinnable'
  | 'VersionConflict'
  | 'UnknownCommunicationScenario'
  | 'UnknownArrangement'
  | 'DuplicateArrangement'
  | 'ScenarioAlreadyArranged'
  | 'NoSupportedOutboundUser'
  | 'UnsupportedAuthenticationMethod'
  | 'UnknownService'
  | 'ServiceInactive'
  | 'UsedByArrangement'

/** A refusal in plain English; `field` names the input at fault so a form can show it beside that field. */
export interface DomainError {
  readonly code: DomainErrorCode
  readonly message: string
  readonly field?: string
}

/** The outcome of a query or parse that can be refused. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError }

/** Builds a refused Result; `field` is left out when not given, to keep the JSON minimal. */
export function fail(
  code: DomainErrorCode,
  message: string,
  field?: string,
): { ok: false; error: DomainError } {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } }
}
