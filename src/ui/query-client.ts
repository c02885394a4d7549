import { QueryClient } from '@tanstack/react-query'
import { ApiError } from '../api/api-error'

/** One query client for the app: a 4xx is an answer, not a glitch, so it is never retried. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) &&
          failureCount < 2,
      },
    },
  })
}
