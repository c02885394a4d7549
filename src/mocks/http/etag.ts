import { errorResponse } from './responses'

/** The ETag of a versioned object (a communication system or arrangement): its version, as a strong entity tag. */
export function etagOf(version: number): string {
  return `"${version}"`
}

export type Precondition =
  { ok: true; expectedVersion: number | undefined } | { ok: false; response: Response }

/**
 * Reads If-Match for a write to a communication system or arrangement. Missing → 428 (nothing may be overwritten
 * blindly); `*` → any version; `"7"` (also `W/"7"` or `7`) → version 7; anything else → 412, as it
 * can never match a current ETag.
 */
export function requireIfMatch(request: Request, what = 'communication system'): Precondition {
  const header = request.headers.get('If-Match')?.trim()
  if (!header) {
    return {
      ok: false,
      response: errorResponse(
        428,
        'PreconditionRequired',
        'Send the If-Match header with the ETag you read, so that nobody else’s change is overwritten.',
        [
          {
            field: 'If-Match',
            message: `Required: the ETag of the ${what}, e.g. "3".`,
          },
        ],
      ),
    }
  }
  if (header === '*') return { ok: true, expectedVersion: undefined }
  const match = /^(?:W\/)?"?(\d{1,15})"?$/.exec(header)
  if (!match) {
    return {
      ok: false,
      response: errorResponse(
        412,
        'VersionConflict',
        `If-Match ${header} is not an ETag of this ${what}: reload it and apply your change again.`,
        [{ field: 'If-Match', message: 'Use the ETag header of the last GET, e.g. "3".' }],
      ),
    }
  }
  return { ok: true, expectedVersion: Number(match[1]) }
}
