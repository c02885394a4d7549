import { http, HttpResponse } from 'msw'
import {
  communicationArrangementListParams,
  createArrangementRequest,
  updateArrangementRequest,
  type CommunicationArrangementList,
  type CommunicationScenarioList,
} from '../../api/contracts/communication-arrangements'
import { byArrangementName, findArrangement } from '../../domain/arrangement-rules'
import type { Command } from '../../domain/commands'
import type { RotationState } from '../../domain/types'
import { SCENARIO_CATALOG } from '../../domain/scenario-catalog'
import { applyCommand } from '../backend/apply-command'
import type { SimulatedBackend } from '../backend/simulated-backend'
import { domainErrorResponse } from '../http/domain-errors'
import { etagOf } from '../http/etag'
import { parseJsonBody, parseQuery } from '../http/responses'
import { route } from '../http/route'
import { arrangementSummary, arrangementView, scenarioView } from '../views/arrangement-view'
import { checkConnectionView } from '../views/check-connection-view'
import { versionedWrite } from './versioned-write'

const path = '*/api/communication-arrangements'
const arrangementPath = (name: string) =>
  `api/communication-arrangements/${encodeURIComponent(name)}`

/** The Communication Arrangements app: the scenario catalog, and list, create, read, change, delete, check. */
export function arrangementHandlers(backend: SimulatedBackend) {
  return [
    http.get(
      '*/api/communication-scenarios',
      route(() => {
        const body: CommunicationScenarioList = { items: SCENARIO_CATALOG.map(scenarioView) }
        return HttpResponse.json(body)
      }),
    ),
    http.get(
      path,
      route(async ({ request }) => {
        const query = parseQuery(request, communicationArrangementListParams)
        if (!query.ok) return query.response
        const { search = '', scenarioId, certificate, systemId, offset, limit } = query.value
        const { state } = await backend.read()
        const text = search.trim().toLowerCase()
        const rows = state.arrangements
          .map((arrangement) => arrangementSummary(state, arrangement))
          .filter((row) =>
            [row.name, row.scenarioId, row.scenarioDescription, row.systemId, row.systemName].some(
              (t) => t.toLowerCase().includes(text),
            ),
          )
          .filter((row) => !scenarioId || row.scenarioId === scenarioId)
          .filter((row) => !systemId || row.systemId === systemId)
          .filter((row) => !certificate || row.clientCertificateId === certificate)
          .sort(byArrangementName)
        const body: CommunicationArrangementList = {
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
        const body = await parseJsonBody(request, createArrangementRequest)
        if (!body.ok) return body.response
        return backend.update((current) => {
          const applied = applyCommand(current, {
            type: 'createArrangement',
            arrangement: body.value,
          })
          if (!applied.ok) return { result: domainErrorResponse(applied.error) }
          const { state, createdId } = applied.transition
          const arrangement = state.arrangements.find((a) => a.name === createdId)!
          const headers = {
            ETag: etagOf(arrangement.version),
            Location: arrangementPath(arrangement.name),
          }
          const view = arrangementView(state, arrangement)
          return { next: applied.system, result: HttpResponse.json(view, { status: 201, headers }) }
        })
      }),
    ),
    http.get(
      `${path}/:name`,
      route(async ({ params }) => {
        const { state } = await backend.read()
        const found = findArrangement(state, String(params.name))
        if (!found.ok) return domainErrorResponse(found.error)
        const { arrangement } = found.value
        return HttpResponse.json(arrangementView(state, arrangement), {
          headers: { ETag: etagOf(arrangement.version) },
        })
      }),
    ),
    http.patch(
      `${path}/:name`,
      route(async ({ request, params }) => {
        const name = String(params.name)
        const body = await parseJsonBody(request, updateArrangementRequest)
        if (!body.ok) return body.response
        return writeArrangement(backend, request, name, (expectedVersion) => ({
          type: 'updateArrangement',
          name,
          changes: body.value,
          expectedVersion,
        }))
      }),
    ),
    http.delete(
      `${path}/:name`,
      route(async ({ request, params }) => {
        const name = String(params.name)
        return writeArrangement(backend, request, name, (expectedVersion) => ({
          type: 'deleteArrangement',
          name,
          expectedVersion,
        }))
      }),
    ),
    http.post(
      `${path}/:name/outbound-services/:serviceId/check-connection`,
      route(async ({ params }) => {
        const name = String(params.name)
        const serviceId = String(params.serviceId)
        // An action, not an edit: no If-Match, the arrangement's version stays; the external
        // system's access log records the attempt.
        return backend.update((current) => {
          const applied = applyCommand(current, {
            type: 'recordArrangementConnectionCheck',
            name,
            serviceId,
          })
          if (!applied.ok) return { result: domainErrorResponse(applied.error) }
          const { state, connection } = applied.transition
          if (!connection) throw new Error('The engine recorded no connection attempt')
          const body = checkConnectionView(state, connection)
          return { next: applied.system, result: HttpResponse.json(body) }
        })
      }),
    ),
  ]
}

/**
 * A change or deletion of one arrangement under the ETag rules (`versionedWrite`); a deletion
 * answers 204.
 */
function writeArrangement(
  backend: SimulatedBackend,
  request: Request,
  name: string,
  command: (expectedVersion: number | undefined) => Command,
): Promise<Response> {
  const arrangementIn = (state: RotationState) => state.arrangements.find((a) => a.name === name)
  return versionedWrite(backend, {
    request,
    what: 'communication arrangement',
    command,
    versionIn: (state) => arrangementIn(state)?.version,
    respond: ({ state }) => {
      const arrangement = arrangementIn(state)
      return arrangement
        ? HttpResponse.json(arrangementView(state, arrangement), {
            headers: { ETag: etagOf(arrangement.version) },
          })
        : new HttpResponse(null, { status: 204 })
    },
  })
}
