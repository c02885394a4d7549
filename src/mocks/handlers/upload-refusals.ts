import { errorResponse } from '../http/responses'

/** A file the PKI refused (upload of a signed certificate, PKCS #12): 400 with its reason code and sentence. */
export function uploadRefusal(rejection: { code: string; reason: string }) {
  return errorResponse(
    400,
    'UploadRejected',
    rejection.reason,
    [{ field: 'file', message: rejection.reason }],
    { reason: rejection.code },
  )
}

/** An entered subject with problems: 400 ValidationFailed, one field-level reason per part (subject.CN, …). */
export function subjectRefusal(issues: Partial<Record<string, string>>) {
  const details = Object.entries(issues)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([part, message]) => ({ field: `subject.${part}`, message }))
  if (details.length === 0) return undefined
  const summary = details.map((d) => `${d.field}: ${d.message}`).join(' ')
  return errorResponse(400, 'ValidationFailed', `The subject is not valid. ${summary}`, details)
}
