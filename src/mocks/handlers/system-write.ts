import { HttpResponse } from 'msw'
import type { Command } from '../../domain/commands'
import type { CommunicationSystem, RotationState } from '../../domain/types'
import { applyCommand } from '../backend/apply-command'
import type { SimulatedBackend } from '../backend/simulated-backend'
import { domainErrorResponse } from '../http/domain-errors'
import { etagOf, requireIfMatch } from '../http/etag'
import { systemView } from '../views/communication-system-view'
import { changedSystem } from './changed-system'

export interface SystemWrite {
  request: Request
  systemId: string
  /** The engine command, given the version the client saw (undefined for `If-Match: *`). */
  command: (expectedVersion: number | undefined) => Command
  /** 200 answers the system, 201 too (with Location), 204 nothing. */
  status?: 200 | 201 | 204
  location?: (createdId: string) => string
  /** A limit the changed system must keep (the API's, not the engine's): its refusal, or nothing. */
  limit?: (changed: CommunicationSystem) => Response | undefined
}

/**
 * A write to one communication system under the ETag rules: If-Match is required (428), a stale
 * one is refused by the engine's VersionConflict (412, with the current ETag). The change is saved
 * only when the engine accepted it, so a refused request changes nothing; a write that changes
 * nothing answers 200 with the unchanged system and its ETag, and saves nothing.
 */
export async function writeSystem(
  backend: SimulatedBackend,
  write: SystemWrite,
): Promise<Response> {
  const precondition = requireIfMatch(write.request)
  if (!precondition.ok) return precondition.response
  return backend.update((current) => {
    const applied = applyCommand(current, write.command(precondition.expectedVersion))
    if (!applied.ok) {
      const response = domainErrorResponse(applied.error)
      const version = current.state.systems.find((s) => s.systemId === write.systemId)?.version
      if (applied.error.code === 'VersionConflict' && version !== undefined)
        response.headers.set('ETag', etagOf(version))
      return { result: response }
    }
    const { state, createdId } = applied.transition
    const changed = state.systems.find((s) => s.systemId === write.systemId)
    const refused = changed && write.limit?.(changed)
    if (refused) return { result: refused }
    return {
      next: changedSystem(current, applied.system),
      result: systemResponse(state, write, createdId),
    }
  })
}

function systemResponse(state: RotationState, write: SystemWrite, createdId?: string): Response {
  const status = write.status ?? 200
  if (status === 204) return new HttpResponse(null, { status })
  const system = state.systems.find((s) => s.systemId === write.systemId)
  if (!system) return new HttpResponse(null, { status: 204 })
  const headers: Record<string, string> = { ETag: etagOf(system.version) }
  if (createdId && write.location) headers.Location = write.location(createdId)
  return HttpResponse.json(systemView(state, system), { status, headers })
}
