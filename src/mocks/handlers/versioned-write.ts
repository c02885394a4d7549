import type { Command } from '../../domain/commands'
import type { RotationState } from '../../domain/types'
import { applyCommand } from '../backend/apply-command'
import type { SimulatedBackend } from '../backend/simulated-backend'
import type { SimulatedSystem } from '../backend/simulated-system'
import { domainErrorResponse } from '../http/domain-errors'
import { etagOf, requireIfMatch } from '../http/etag'
import { changedSystem } from './changed-system'

export interface VersionedWrite {
  request: Request
  /** What the 428 asks the If-Match for, e.g. 'communication arrangement'. */
  what?: string
  /** The engine command, given the version the client saw (undefined for `If-Match: *`). */
  command: (expectedVersion: number | undefined) => Command
  /** The object's version in a state: a 412 answers it as the current ETag. */
  versionIn: (state: RotationState) => number | undefined
  /** A limit of the API's (not the engine's) that the accepted change must keep: its refusal, or nothing. */
  limit?: (state: RotationState) => Response | undefined
  /** The answer to an accepted change, from the system as it is now. */
  respond: (system: SimulatedSystem, createdId: string | undefined) => Response
}

/**
 * A write to one versioned object under the ETag rules: If-Match is required (428), a stale one is
 * refused by the engine's VersionConflict (412, with the current ETag). The change is saved only
 * when the engine accepted it and the API's limits hold, so a refused request changes nothing.
 */
export async function versionedWrite(
  backend: SimulatedBackend,
  write: VersionedWrite,
): Promise<Response> {
  const precondition = requireIfMatch(write.request, write.what)
  if (!precondition.ok) return precondition.response
  return backend.update((current) => {
    const applied = applyCommand(current, write.command(precondition.expectedVersion))
    if (!applied.ok) {
      const response = domainErrorResponse(applied.error)
      const version = write.versionIn(current.state)
      if (applied.error.code === 'VersionConflict' && version !== undefined)
        response.headers.set('ETag', etagOf(version))
      return { result: response }
    }
    const refused = write.limit?.(applied.system.state)
    if (refused) return { result: refused }
    return {
      next: changedSystem(current, applied.system),
      result: write.respond(applied.system, applied.transition.createdId),
    }
  })
}
