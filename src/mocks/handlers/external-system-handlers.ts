import { http, HttpResponse } from 'msw'
import {
  externalSystemListParams,
  updateExternalSystemRequest,
} from '../../api/contracts/external-systems'
import { findExternalSystem } from '../../domain/lookup'
import { applyCommand } from '../backend/apply-command'
import type { SimulatedBackend } from '../backend/simulated-backend'
import { domainErrorResponse } from '../http/domain-errors'
import { parseJsonBody, parseQuery } from '../http/responses'
import { route } from '../http/route'
import { changedSystem } from './changed-system'
import {
  byFingerprint,
  externalSystemSummary,
  externalSystemView,
} from '../views/external-system-view'

const path = '*/api/external-systems'

/** The simulated servers behind the host names: list, one with its trust store and log, settings. */
export function externalSystemHandlers(backend: SimulatedBackend) {
  return [
    http.get(
      path,
      route(async ({ request }) => {
        const query = parseQuery(request, externalSystemListParams)
        if (!query.ok) return query.response
        const text = query.value.search?.trim().toLowerCase() ?? ''
        const { state } = await backend.read()
        const matches = byFingerprint(state)
        const items = state.externalSystems
          .filter((e) => [e.host, e.name ?? ''].some((t) => t.toLowerCase().includes(text)))
          .sort((a, b) => (a.host < b.host ? -1 : a.host > b.host ? 1 : 0))
          .map((e) => externalSystemSummary(state, e, matches))
        return HttpResponse.json({ items })
      }),
    ),
    http.get(
      `${path}/:host`,
      route(async ({ params }) => {
        const { state } = await backend.read()
        const found = findExternalSystem(state, String(params.host))
        if (!found.ok) return domainErrorResponse(found.error)
        return HttpResponse.json(externalSystemView(state, found.value.externalSystem))
      }),
    ),
    http.patch(
      `${path}/:host`,
      route(async ({ request, params }) => {
        const host = String(params.host)
        const body = await parseJsonBody(request, updateExternalSystemRequest)
        if (!body.ok) return body.response
        return backend.update((current) => {
          const applied = applyCommand(current, {
            type: 'updateExternalSystem',
            host,
            changes: body.value,
          })
          if (!applied.ok) return { result: domainErrorResponse(applied.error) }
          const { state } = applied.system
          const found = findExternalSystem(state, host)
          if (!found.ok) return { result: domainErrorResponse(found.error) }
          return {
            next: changedSystem(current, applied.system),
            result: HttpResponse.json(externalSystemView(state, found.value.externalSystem)),
          }
        })
      }),
    ),
  ]
}
