import { HttpResponse } from 'msw'
import type { z } from 'zod'
import type { ErrorBody, FieldError } from '../../api/api-error'

/** The one error shape of the API: `{ error: { code, message, details } }`. */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  details: FieldError[] = [],
  extra: Record<string, unknown> = {},
  headers?: HeadersInit,
) {
  const body: ErrorBody = { error: { code, message, details, ...extra } }
  return HttpResponse.json(body, { status, headers })
}

export function notFound(what: string, id: string) {
  return errorResponse(404, 'NotFound', `${what} "${id}" does not exist.`)
}

/** Reads and validates a JSON body; the failure is a ready 400 response with field-level reasons. */
export async function parseJsonBody<T>(
  request: Request,
  schema: z.ZodType<T>,
): Promise<{ ok: true; value: T } | { ok: false; response: Response }> {
  let body: unknown
  try {
    body = JSON.parse(await request.text())
  } catch {
    return {
      ok: false,
      response: errorResponse(400, 'InvalidJson', 'The request body is not valid JSON.'),
    }
  }
  return parseValue(body, schema)
}

/** Validates any input (a body, the query string) against a contract schema. */
export function parseValue<T>(
  input: unknown,
  schema: z.ZodType<T>,
): { ok: true; value: T } | { ok: false; response: Response } {
  const parsed = schema.safeParse(input)
  if (parsed.success) return { ok: true, value: parsed.data }
  const details = parsed.error.issues.map((issue) => ({
    field: issue.path.join('.') || '(body)',
    message: issue.message,
  }))
  const summary = details.map((detail) => `${detail.field}: ${detail.message}`).join(' ')
  return {
    ok: false,
    response: errorResponse(
      400,
      'ValidationFailed',
      `The request is not valid. ${summary}`,
      details,
    ),
  }
}

/**
 * Validates the query string of a request against a contract schema. A key in `lists` may be
 * repeated and is read as a list; any other key is read once.
 */
export function parseQuery<T>(
  request: Request,
  schema: z.ZodType<T>,
  lists: readonly string[] = [],
) {
  const params = new URL(request.url).searchParams
  const input: Record<string, unknown> = Object.fromEntries(params)
  for (const key of lists) if (params.has(key)) input[key] = params.getAll(key)
  return parseValue(input, schema)
}
