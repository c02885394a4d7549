import { ApiError, isErrorBody } from './api-error'

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  body?: unknown
  headers?: Record<string, string>
  signal?: AbortSignal
}

export interface JsonResponse<T> {
  data: T
  headers: Headers
}

// Relative to the page, so the app works from any base path (see vite.config.ts `base`). Node has
// no page: tests resolve against http://localhost/, where msw/node answers.
const apiBase = 'api/'

/** The absolute URL of an API path, e.g. `clock` → `http://localhost:5173/api/clock`. */
export function apiUrl(path: string): string {
  return new URL(
    apiBase + path.replace(/^\//, ''),
    globalThis.location?.href ?? 'http://localhost/',
  ).href
}

/** The If-Match value for a resource version (the API's ETag is the version in quotes). */
export function ifMatch(version: number): Record<string, string> {
  return { 'If-Match': `"${version}"` }
}

/** Calls the API and returns its JSON body and headers; anything else becomes an ApiError. */
export async function requestJson<T>(
  path: string,
  options: RequestOptions = {},
): Promise<JsonResponse<T>> {
  const response = await send(apiUrl(path), options)
  return { data: (await readJson(response)) as T, headers: response.headers }
}

/**
 * `requestJson` for an absolute URL outside the landscape's `api/` (the lab server's instructor API):
 * the same error shape, the same ApiError.
 */
export async function requestJsonAt<T>(url: string, options: RequestOptions = {}): Promise<T> {
  return (await readJson(await send(url, options))) as T
}

/** Calls the API for a file (an export) and returns its bytes, type and file name. */
export async function requestFile(
  path: string,
  options: RequestOptions = {},
): Promise<{ blob: Blob; fileName: string | undefined; contentType: string }> {
  const response = await send(apiUrl(path), options)
  const disposition = response.headers.get('Content-Disposition') ?? ''
  return {
    blob: await response.blob(),
    fileName: /filename="([^"]+)"/.exec(disposition)?.[1],
    contentType: response.headers.get('Content-Type') ?? 'application/octet-stream',
  }
}

/**
 * Appends the set, non-empty values as a query string: `withQuery('x', { a: 1 })` → `x?a=1`; a
 * list repeats its key: `{ c: ['p', 'q'] }` → `c=p&c=q`.
 */
export function withQuery(
  path: string,
  params: Record<string, string | number | boolean | readonly string[] | undefined>,
) {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params))
    for (const each of Array.isArray(value) ? value : [value])
      if (each !== undefined && each !== '') search.append(key, String(each))
  const text = search.toString()
  return text ? `${path}?${text}` : path
}

/** The sentences of the errors this client writes itself (not the API's): the UI sets them per language. */
export interface ClientErrorMessages {
  backendNotStarted: (reason: string) => string
  networkError: () => string
  notJson: (contentType: string | undefined) => string
  httpError: (status: number, statusText: string) => string
}

let clientErrors: ClientErrorMessages = {
  backendNotStarted: (reason) => `The simulated backend did not start: ${reason} Reload the page.`,
  networkError: () =>
    'The simulated backend could not be reached. Check your connection and try again.',
  notJson: (contentType) =>
    `The backend answered with ${contentType || 'no content type'} instead of JSON: the simulated backend (service worker) is not running. Reload the page.`,
  httpError: (status, statusText) => `The request failed with HTTP ${status} ${statusText}.`,
}

/** Replaces the client's own error sentences (English by default), e.g. when the language changes. */
export function setClientErrorMessages(messages: ClientErrorMessages): void {
  clientErrors = messages
}

let backendStarted: Promise<unknown> = Promise.resolve()

/**
 * Holds every request until `started` settles: the page's simulated backend starts beside the first
 * render instead of before it, and no request may reach the static server meanwhile. A backend that
 * fails to start fails each request with its reason.
 */
export function holdRequestsUntil(started: Promise<unknown>): void {
  backendStarted = started
  // Reported by each request that waits for it; not an unhandled rejection before the first one.
  started.catch(() => undefined)
}

async function send(url: string, { method = 'GET', body, headers, signal }: RequestOptions) {
  try {
    await backendStarted
  } catch (cause) {
    throw new ApiError(
      0,
      'BackendNotStarted',
      clientErrors.backendNotStarted(cause instanceof Error ? cause.message : String(cause)),
    )
  }
  const isRaw = body instanceof Blob || body instanceof ArrayBuffer || body instanceof Uint8Array
  let response: Response
  try {
    response = await fetch(url, {
      method,
      signal,
      headers: {
        Accept: 'application/json',
        ...(body !== undefined && !isRaw ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : isRaw ? (body as BodyInit) : JSON.stringify(body),
    })
  } catch (cause) {
    if (signal?.aborted) throw cause
    throw new ApiError(0, 'NetworkError', clientErrors.networkError())
  }
  if (!response.ok) throw await toApiError(response)
  return response
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined
  const type = response.headers.get('Content-Type') ?? ''
  // Without the service worker, a static server answers /api/* with index.html: say so plainly.
  if (!type.includes('application/json')) {
    throw new ApiError(response.status, 'NotJson', clientErrors.notJson(type))
  }
  return response.json()
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined)
  if (isErrorBody(body)) {
    const { code, message, details, ...extra } = body.error
    return new ApiError(response.status, code, message, details, extra)
  }
  return new ApiError(
    response.status,
    'HttpError',
    clientErrors.httpError(response.status, response.statusText),
  )
}
