import { http, HttpResponse } from 'msw'
import {
  communicationSystemListParams,
  createSystemRequest,
  updateSystemRequest,
  type CommunicationSystemList,
} from '../../api/contracts/communication-systems'
import { indexLandscape } from '../../domain/landscape-index'
import { findSystem } from '../../domain/lookup'
import { applyCommand } from '../backend/apply-command'
import { withPasswordHash } from '../backend/password-hash'
import type { SimulatedBackend } from '../backend/simulated-backend'
import { domainErrorResponse } from '../http/domain-errors'
import { etagOf } from '../http/etag'
import { parseJsonBody, parseQuery } from '../http/responses'
import { route } from '../http/route'
import { systemSummary, systemView } from '../views/communication-system-view'
import { writeSystem } from './system-write'

const path = '*/api/communication-systems'
const systemPath = (systemId: string) => `api/communication-systems/${encodeURIComponent(systemId)}`

/** The Communication Systems app: list, create, read, change and delete a system. */
export function communicationSystemHandlers(backend: SimulatedBackend) {
  return [
    http.get(
      path,
      route(async ({ request }) => {
        const query = parseQuery(request, communicationSystemListParams)
        if (!query.ok) return query.response
        const { search = '', certificate, readiness, offset, limit } = query.value
        const { state } = await backend.read()
        const index = indexLandscape(state)
        const text = search.trim().toLowerCase()
        const rows = state.systems
          .filter((s) =>
            [s.systemId, s.systemName, s.hostName].some((t) => t.toLowerCase().includes(text)),
          )
          .filter(
            (s) =>
              !certificate || s.outboundUsers.some((u) => u.clientCertificateId === certificate),
          )
          .map((s) => systemSummary(index, s))
          .filter((row) => !readiness || row.readiness === readiness)
          .sort((a, b) => (a.systemId < b.systemId ? -1 : a.systemId > b.systemId ? 1 : 0))
        const body: CommunicationSystemList = {
          items: rows.slice(offset, offset + limit),
          total: rows.length,
          offset,
          limit,
        }
        return HttpResponse.json(body)
      }),
    ),
    http.post(
      path,
      route(async ({ request }) => {
        const body = await parseJsonBody(request, createSystemRequest)
        if (!body.ok) return body.response
        const { outboundUsers, ...fields } = body.value
        const newSystem = {
          ...fields,
          ...(outboundUsers && {
            outboundUsers: await Promise.all(outboundUsers.map(withPasswordHash)),
          }),
        }
        return backend.update((current) => {
          const applied = applyCommand(current, { type: 'createSystem', system: newSystem })
          if (!applied.ok) return { result: domainErrorResponse(applied.error) }
          const { state } = applied.system
          const system = state.systems.find((s) => s.systemId === applied.transition.createdId)!
          const headers = { ETag: etagOf(system.version), Location: systemPath(system.systemId) }
          return {
            next: applied.system,
            result: HttpResponse.json(systemView(state, system), { status: 201, headers }),
          }
        })
      }),
    ),
    http.get(
      `${path}/:systemId`,
      route(async ({ params }) => {
        const { state } = await backend.read()
        const found = findSystem(state, String(params.systemId))
        if (!found.ok) return domainErrorResponse(found.error)
        const { system } = found.value
        return HttpResponse.json(systemView(state, system), {
          headers: { ETag: etagOf(system.version) },
        })
      }),
    ),
    http.patch(
      `${path}/:systemId`,
      route(async ({ request, params }) => {
        const systemId = String(params.systemId)
        const body = await parseJsonBody(request, updateSystemRequest)
        if (!body.ok) return body.response
        return writeSystem(backend, {
          request,
          systemId,
          command: (expectedVersion) => ({
            type: 'updateSystem',
            systemId,
            changes: body.value,
            expectedVersion,
          }),
        })
      }),
    ),
    http.delete(
      `${path}/:systemId`,
      route(async ({ request, params }) => {
        const systemId = String(params.systemId)
        return writeSystem(backend, {
          request,
          systemId,
          status: 204,
          command: (expectedVersion) => ({ type: 'deleteSystem', systemId, expectedVersion }),
        })
      }),
    ),
  ]
}
