import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query'
import type {
  AdminScenarioList,
  ClassAdvanceResponse,
  CreatedLandscape,
  CreateLandscapeRequest,
  LandscapeList,
} from './contracts/admin'
import type { AdvanceClockRequest } from './contracts/clock'
import { requestJsonAt, withQuery, type RequestOptions } from './http-client'
import { queryKeys } from './query-keys'

// The instructor page's client of the lab server's `/admin/` API. The token is the server's
// LAB_ADMIN_TOKEN, typed in by the instructor: kept in this tab's sessionStorage only (gone when the
// tab closes, never in a URL, never in localStorage), sent as a bearer on each call.

const tokenKey = 'rotation-lab-admin-token'

export function readAdminToken(): string | undefined {
  return globalThis.sessionStorage?.getItem(tokenKey) || undefined
}

export function rememberAdminToken(token: string): void {
  sessionStorage.setItem(tokenKey, token)
}

export function forgetAdminToken(): void {
  sessionStorage.removeItem(tokenKey)
}

/** `/admin/<path>`, relative to the page at `/instructor/` (so a path prefix of a proxy is kept). */
function adminUrl(path: string): string {
  return new URL(`../admin/${path}`, globalThis.location?.href ?? 'http://localhost/instructor/')
    .href
}

function callAdmin<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const token = readAdminToken()
  return requestJsonAt<T>(adminUrl(path), {
    ...options,
    headers: { ...options.headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  })
}

const root = queryKeys.instructor

/** The server's landscapes, oldest first; only a class's when one is given. */
export const landscapesQuery = (className?: string) =>
  queryOptions({
    queryKey: [...root, 'landscapes', className ?? null] as const,
    queryFn: async ({ signal }) =>
      (await callAdmin<LandscapeList>(withQuery('landscapes', { class: className }), { signal }))
        .items,
  })

/** The scenario catalog a new landscape or a reset chooses from. */
export const adminScenariosQuery = () =>
  queryOptions({
    queryKey: [...root, 'scenarios'] as const,
    queryFn: async ({ signal }) =>
      (await callAdmin<AdminScenarioList>('scenarios', { signal })).items,
    staleTime: Infinity,
  })

const landscapePath = (id: string) => `landscapes/${encodeURIComponent(id)}`
const invalidateLandscapes = (client: QueryClient) =>
  client.invalidateQueries({ queryKey: [...root, 'landscapes'] })

/** The instructor's writes; each refreshes the list of landscapes. */
export const instructorMutations = {
  create: (client: QueryClient) =>
    mutationOptions({
      mutationFn: (request: CreateLandscapeRequest) =>
        callAdmin<CreatedLandscape>('landscapes', { method: 'POST', body: request }),
      onSuccess: () => invalidateLandscapes(client),
    }),
  reset: (client: QueryClient) =>
    mutationOptions({
      mutationFn: ({ id, scenario }: { id: string; scenario: string }) =>
        callAdmin<unknown>(`${landscapePath(id)}/reset`, { method: 'POST', body: { scenario } }),
      onSuccess: () => invalidateLandscapes(client),
    }),
  remove: (client: QueryClient) =>
    mutationOptions({
      mutationFn: (id: string) => callAdmin<void>(landscapePath(id), { method: 'DELETE' }),
      onSuccess: () => invalidateLandscapes(client),
    }),
  /** Moves the clock of every landscape of the class, with the body of `POST api/clock/advance`. */
  advanceClass: (client: QueryClient) =>
    mutationOptions({
      mutationFn: ({ className, move }: { className: string; move: AdvanceClockRequest }) =>
        callAdmin<ClassAdvanceResponse>(`classes/${encodeURIComponent(className)}/advance`, {
          method: 'POST',
          body: move,
        }),
      onSuccess: () => invalidateLandscapes(client),
    }),
}
