import { ApiError } from '../../../api/api-error'
import { arrangementName } from '../../../api/contracts/communication-arrangements'

/** A message per form field, shown as the field's value state. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>

/** A refusal read for a form: the reasons on the fields they concern, the rest as one message. */
export interface FormErrors<F extends string> {
  fields: FieldErrors<F>
  general?: string
}

/**
 * The New dialog picks the outbound and inbound user from the system the user chose: a refusal of
 * either user is a reason to choose another Communication System, so it shows there.
 */
export const newDialogFieldOf = {
  scenarioId: 'scenarioId',
  name: 'name',
  systemId: 'systemId',
  outboundUserId: 'systemId',
  inboundUserName: 'systemId',
} as const satisfies Record<string, string>
export type NewDialogField = (typeof newDialogFieldOf)[keyof typeof newDialogFieldOf]

/** The object page's edit mode has its own Outbound User field and the service switches. */
export const editFieldOf = {
  systemId: 'systemId',
  outboundUserId: 'outboundUserId',
  inboundUserName: 'systemId',
  services: 'services',
} as const satisfies Record<string, string>
export type EditField = (typeof editFieldOf)[keyof typeof editFieldOf]

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

/** Which rule of the contract's Arrangement Name a value breaks, as a text key of the app's bundle. */
export function arrangementNameIssue(value: string): string | undefined {
  const parsed = arrangementName.safeParse(value)
  if (parsed.success) return undefined
  const code = parsed.error.issues[0]?.code
  if (code === 'too_big') return 'validation.name.tooLong'
  if (code === 'invalid_format') return 'validation.name.format'
  return 'validation.name.required'
}
