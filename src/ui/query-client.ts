import { QueryClient } from '@tanstack/react-query'
import { ApiError } from '../api/api-error'

/**
 * One query client for the app: a 4xx is an answer, not a glitch, so it is never retried; nor is a
 * saved simulation that cannot be used (503 StoreUnusable): it stays so until the user acts, and the
 * recovery dialog must not wait for the retries.
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        retry: (failureCount, error) => !isFinalAnswer(error) && failureCount < 2,
      },
    },
  })
}

function isFinalAnswer(error: Error): boolean {
  if (!(error instanceof ApiError)) return false
  return (error.status >= 400 && error.status < 500) || error.code === 'StoreUnusable'
}
