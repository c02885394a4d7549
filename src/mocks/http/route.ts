import type { HttpResponseResolver } from 'msw'
import { StoreUnusableError } from '../backend/persistent-backend'
import { StaleRevisionError } from '../backend/system-store'
import { errorResponse } from './responses'

/** What the user can do about an unusable store, by reason (the recovery dialog offers the same). */
const wayOut: Record<StoreUnusableError['reason'], string> = {
  corrupt: 'Reset the simulation to a scenario to continue.',
  outdated: 'Reset the simulation to a scenario to continue.',
  newer:
    'Open Rotation Lab in that newer version to go on with it (reload this page once it has been updated). This version leaves it untouched.',
}

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
        return errorResponse(503, 'StoreUnusable', `${error.message} ${wayOut[error.reason]}`, [], {
          reason: error.reason,
        })
      }
      if (error instanceof StaleRevisionError) {
        return errorResponse(
          412,
          'VersionConflict',
          'The simulation was changed meanwhile by another server process, so this change was not saved. Reload and apply it again.',
        )
      }
      if (isStorageFull(error)) {
        return errorResponse(
          507,
          'StorageFull',
          'The browser has no room left to save the simulation, so this change was not saved. Make room: export the landscape to a file, clear old change records, or reset the simulation.',
        )
      }
      console.error('Simulated backend failed', error)
      const message = error instanceof Error ? error.message : String(error)
      return errorResponse(500, 'InternalError', `The simulated backend failed: ${message}`)
    }
  }) as R
}

/**
 * IndexedDB's quota refusal, thrown by a put or reported as the aborted transaction's error. The
 * store saves all or nothing, so the system in memory and on disk is still the one before the change.
 */
function isStorageFull(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'QuotaExceededError'
}
