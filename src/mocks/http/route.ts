import type { HttpResponseResolver } from 'msw'
import { StoreUnusableError } from '../backend/persistent-backend'
import { errorResponse } from './responses'

/**
 * Wraps a resolver so that no request ends in an unhandled exception: an unusable store is a 503
 * that tells the user to reset, anything unexpected a 500 with its message (and nothing half-saved,
 * because the backend only saves a completed change).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MSW's own resolver generics
export function route<R extends HttpResponseResolver<any, any, any>>(resolver: R): R {
  return (async (info: Parameters<R>[0]) => {
    try {
      return await resolver(info)
    } catch (error) {
      if (error instanceof StoreUnusableError) {
        return errorResponse(
          503,
          'StoreUnusable',
          `${error.message} Reset the simulation to a scenario to continue.`,
          [],
          {
            reason: error.reason,
          },
        )
      }
      console.error('Simulated backend failed', error)
      const message = error instanceof Error ? error.message : String(error)
      return errorResponse(500, 'InternalError', `The simulated backend failed: ${message}`)
    }
  }) as R
}
