import { useState } from 'react'
import { ApiError } from '../../../api/api-error'
import { errorText, fieldErrorsFromApi, type FieldErrors } from './field-errors'

/** Why a save did not go through, beyond the fields: changed meanwhile (412), or another failure. */
export type SaveProblem = { kind: 'conflict' } | { kind: 'failed'; message: string } | undefined

/**
 * What a form shows after a save: the reasons per field (value states) and a problem for the form.
 * Shared by the system's and the outbound user's save, which read a refusal the same way.
 */
export function useSaveFeedback() {
  const [errors, setErrors] = useState<FieldErrors>({})
  const [problem, setProblem] = useState<SaveProblem>()

  /** A refused save: 412 → conflict, the API's field reasons → value states, anything else → a message. */
  function showFailure(error: unknown) {
    if (error instanceof ApiError && error.status === 412) return setProblem({ kind: 'conflict' })
    const fieldErrors = fieldErrorsFromApi(error)
    setErrors(fieldErrors)
    if (Object.keys(fieldErrors).length === 0)
      setProblem({ kind: 'failed', message: errorText(error) })
  }

  return {
    errors,
    setErrors,
    problem,
    setProblem,
    showFailure,
    clearError: (field: string) => setErrors((current) => ({ ...current, [field]: undefined })),
  }
}
