import { arrangementName } from '../../../api/contracts/communication-arrangements'
// Moved to src/ui/editing (Maintain Client Certificates reads refusals the same way); re-exported for this app.
export {
  formErrorsFromApi,
  type FieldErrors,
  type FormErrors,
} from '../../../ui/editing/form-errors'

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

/** Which rule of the contract's Arrangement Name a value breaks, as a text key of the app's bundle. */
export function arrangementNameIssue(value: string): string | undefined {
  const parsed = arrangementName.safeParse(value)
  if (parsed.success) return undefined
  const code = parsed.error.issues[0]?.code
  if (code === 'too_big') return 'validation.name.tooLong'
  if (code === 'invalid_format') return 'validation.name.format'
  return 'validation.name.required'
}
