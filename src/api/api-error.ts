/** One field-level reason, as the API reports it in `error.details`. */
export interface FieldError {
  field: string
  message: string
}

/** The one error shape of every API response: `{ error: { code, message, details } }`. */
export interface ErrorBody {
  error: { code: string; message: string; details?: FieldError[] }
}

/** An API call that did not succeed, with what the server said (or why there was no answer). */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly details: FieldError[]
  /** Further fields of the error body, e.g. `removedOn` of a 410 CertificateRemoved, so screens can say more than the code. */
  readonly extra: Readonly<Record<string, unknown>>

  constructor(status: number, code: string, message: string, details: FieldError[] = [], extra: Record<string, unknown> = {}) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.details = details
    this.extra = extra
  }

  /** The reason given for one field, to show as that field's value state. */
  fieldMessage(field: string): string | undefined {
    return this.details.find((detail) => detail.field === field)?.message
  }
}

/** True for the error shape the API promises, so a foreign body is never taken for one. */
export function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false
  const error = (body as { error: unknown }).error
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  )
}
