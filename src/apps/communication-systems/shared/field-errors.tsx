import type { ReactElement } from 'react'
import type { z } from 'zod'
import { ApiError } from '../../../api/api-error'

/** Messages per field name, shown as value states. */
export type FieldErrors = Partial<Record<string, string>>

/** The first zod issue per field, so a field shows one clear sentence rather than a list. */
export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '(body)'
    errors[field] ??= issue.message
  }
  return errors
}

/**
 * The API's reasons per field. A 409 on create names no field in some answers, but it can only be
 * the key that is taken, so it lands on `conflictField` rather than in a generic message.
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

/** Props for a UI5 input: Negative value state with the message, or nothing. */
export function valueStateProps(message: string | undefined): {
  valueState: 'Negative' | 'None'
  valueStateMessage?: ReactElement
} {
  return message
    ? { valueState: 'Negative', valueStateMessage: <div>{message}</div> }
    : { valueState: 'None' }
}

/** A plain sentence for any error, for message strips and boxes. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
