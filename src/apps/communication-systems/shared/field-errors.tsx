import type { z } from 'zod'
import { ApiError } from '../../../api/api-error'
import { UNSAFE_CHARACTER_PARAM } from '../../../api/contracts/safe-text'
import { formatNumber } from '../../../ui/format'
import type { Texts } from '../../../ui/i18n/text-bundle'

/** Messages per field name, shown as value states. */
export type FieldErrors = Partial<Record<string, string>>

/**
 * The bundle text for each rule of the shared contracts (`src/api/contracts`), by field and zod
 * issue code; their own messages are English. `not_int` stands for a number that is not whole.
 */
export const issueKeys: Readonly<Record<string, string>> = {
  'systemId.invalid_type': 'validation.systemId.required',
  'systemId.too_small': 'validation.systemId.required',
  'systemId.too_big': 'validation.systemId.tooLong',
  'systemId.invalid_format': 'validation.systemId.format',
  'systemName.invalid_type': 'validation.systemName.required',
  'systemName.too_small': 'validation.systemName.required',
  'systemName.too_big': 'validation.systemName.tooLong',
  'hostName.invalid_type': 'validation.hostName.required',
  'hostName.custom': 'validation.hostName.required',
  'hostName.too_big': 'validation.hostName.tooLong',
  'hostName.invalid_format': 'validation.hostName.format',
  'port.invalid_type': 'validation.port.required',
  'port.not_int': 'validation.port.wholeNumber',
  'port.too_small': 'validation.port.range',
  'port.too_big': 'validation.port.range',
  'uiHost.too_big': 'validation.uiHost.tooLong',
  'uiHost.invalid_format': 'validation.hostName.format',
  'logicalSystem.too_big': 'validation.logicalSystem.tooLong',
  'logicalSystem.invalid_format': 'validation.logicalSystem.format',
  'businessSystem.too_big': 'validation.businessSystem.tooLong',
  'sccLocationId.too_big': 'validation.sccLocationId.tooLong',
  'sccLocationId.invalid_format': 'validation.sccLocationId.format',
  'contactName.too_big': 'validation.contactName.tooLong',
  'email.too_big': 'validation.email.tooLong',
  'email.invalid_format': 'validation.email.format',
  'phone.too_big': 'validation.phone.tooLong',
  'phone.invalid_format': 'validation.phone.format',
  'password.custom': 'validation.password.required',
  'password.too_big': 'validation.password.tooLong',
  'userName.too_small': 'validation.userName.required',
  'userName.too_big': 'validation.userName.tooLong',
  'clientCertificateId.too_small': 'validation.clientCertificate.required',
  'clientCertificateId.custom': 'validation.clientCertificate.required',
}

/** One zod issue in the user's language; a rule without a text here keeps the contract's message. */
export function issueText(t: Texts, field: string, issue: z.core.$ZodIssue): string {
  const unsafe = issue.code === 'custom' ? issue.params?.[UNSAFE_CHARACTER_PARAM] : undefined
  if (typeof unsafe === 'string') return t('validation.unsafeCharacter', unsafe)
  const code = issue.code === 'invalid_type' && issue.expected === 'int' ? 'not_int' : issue.code
  const key = issueKeys[`${field}.${code}`]
  if (!key) return issue.message
  // "At most {0} characters": the limit comes from the rule itself.
  return issue.code === 'too_big' ? t(key, formatNumber(Number(issue.maximum))) : t(key)
}

/** The first zod issue per field, so a field shows one clear sentence rather than a list. */
export function fieldErrorsFromZod(error: z.ZodError, t: Texts): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '(body)'
    errors[field] ??= issueText(t, field, issue)
  }
  return errors
}

/**
 * The API's reasons per field (English, as the backend wrote them). A 409 on create names no field
 * in some answers, but it can only be the key that is taken, so it lands on `conflictField` rather
 * than in a generic message.
 */
export function fieldErrorsFromApi(error: unknown, conflictField?: string): FieldErrors {
  if (!(error instanceof ApiError)) return {}
  const errors: FieldErrors = {}
  for (const detail of error.details) errors[detail.field] ??= detail.message
  if (error.status === 409 && conflictField && !errors[conflictField])
    errors[conflictField] = error.message
  return errors
}

/** Whether the API already explained the failure on fields, so no extra message box is needed. */
export function hasFieldErrors(errors: FieldErrors, fields: readonly string[]): boolean {
  return fields.some((field) => !!errors[field])
}

/** A plain sentence for any error, for message strips and boxes (the API's message as it came). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
