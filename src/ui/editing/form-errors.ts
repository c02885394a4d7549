import { ApiError } from '../../api/api-error'

/** A message per form field, shown as the field's value state. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>

/** A refusal read for a form: the reasons on the fields they concern, the rest as one message. */
export interface FormErrors<F extends string> {
  fields: FieldErrors<F>
  general?: string
}

/**
 * Maps the API's `details[].field` of a 400/409 onto the form's fields (first reason per field);
 * what names no field of the form becomes the general message, so no reason is ever lost.
 */
export function formErrorsFromApi<F extends string>(
  error: unknown,
  fieldOf: Readonly<Record<string, F>>,
): FormErrors<F> {
  if (!(error instanceof ApiError)) {
    return { fields: {}, general: error instanceof Error ? error.message : String(error) }
  }
  const fields: FieldErrors<F> = {}
  const unplaced: string[] = []
  for (const detail of error.details) {
    const field = fieldOf[detail.field]
    if (field) fields[field] ??= detail.message
    else unplaced.push(detail.message)
  }
  if (Object.keys(fields).length === 0) return { fields, general: error.message }
  return unplaced.length > 0 ? { fields, general: unplaced.join(' ') } : { fields }
}
