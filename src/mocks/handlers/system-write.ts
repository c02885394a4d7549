import { HttpResponse } from 'msw'
import type { Command } from '../../domain/commands'
import type { CommunicationSystem, RotationState } from '../../domain/types'
import type { SimulatedBackend } from '../backend/simulated-backend'
import { etagOf } from '../http/etag'
import { systemView } from '../views/communication-system-view'
import { versionedWrite } from './versioned-write'

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
 * A write to one communication system under the ETag rules (`versionedWrite`); a write that changes
 * nothing answers 200 with the unchanged system and its ETag, and saves nothing.
 */
export async function writeSystem(
  backend: SimulatedBackend,
  write: SystemWrite,
): Promise<Response> {
  const systemIn = (state: RotationState) =>
    state.systems.find((s) => s.systemId === write.systemId)
  return versionedWrite(backend, {
    request: write.request,
    command: write.command,
    versionIn: (state) => systemIn(state)?.version,
    limit: (state) => {
      const changed = systemIn(state)
      return changed && write.limit?.(changed)
    },
    respond: (system, createdId) => systemResponse(system.state, write, createdId),
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
