import { http, HttpResponse } from 'msw'
import {
  openLinkRequest,
  type PendingLink,
  type ReplaceByLinkResponse,
} from '../../api/contracts/checkpoints'
import type { Checkpoints } from '../backend/checkpoints'
import type { SimulatedBackend } from '../backend/simulated-backend'
import { applyBootParameters, openLink } from '../boot-parameters'
import { replaceByLink, type LinkGate } from '../link-gate'
import { errorResponse, parseJsonBody } from '../http/responses'
import { route } from '../http/route'
import { findScenario } from '../scenarios/scenario-catalog'
import { clockView } from '../views/clock-view'
import { refusalResponse } from './checkpoint-handlers'

/**
 * GET /api/simulation/link: the `?scenario=`/`?date=` link this tab opened that waits for an answer;
 * POST …/link/replace applies it (saved work kept as a checkpoint), POST …/link/keep drops it.
 */
export function linkHandlers(backend: SimulatedBackend, checkpoints: Checkpoints, gate: LinkGate) {
  return [
    // A served page's link (the lab server's backend cannot read the page's URL): the same
    // semantics as the page's own backend applies at start (boot-parameters.ts).
    http.post(
      '*/api/simulation/link',
      route(async ({ request }) => {
        const body = await parseJsonBody(request, openLinkRequest)
        if (!body.ok) return body.response
        const search = new URLSearchParams()
        for (const [name, value] of Object.entries(body.value))
          if (value !== undefined) search.set(name, value)
        return HttpResponse.json(await openLink(backend, { checkpoints, linkGate: gate }, search))
      }),
    ),
    http.get(
      '*/api/simulation/link',
      route(() => {
        const link = gate.current()
        const scenario = link?.scenario ? findScenario(link.scenario) : undefined
        const body: PendingLink = {
          pending: link
            ? {
                ...(scenario ? { scenario: { id: scenario.id, title: scenario.title } } : {}),
                ...(link.date ? { date: link.date } : {}),
              }
            : null,
        }
        return HttpResponse.json(body)
      }),
    ),
    http.post(
      '*/api/simulation/link/replace',
      route(async () => {
        const link = gate.current()
        if (!link) return noPendingLink()
        const replaced = await replaceByLink(checkpoints, link, () =>
          applyBootParameters(backend, link),
        )
        if (!replaced.ok) return refusalResponse(replaced)
        gate.take()
        const body: ReplaceByLinkResponse = {
          checkpoint: replaced.checkpoint,
          clock: clockView((await backend.read()).state),
          problems: replaced.problems,
        }
        return HttpResponse.json(body)
      }),
    ),
    http.post(
      '*/api/simulation/link/keep',
      route(() => {
        if (!gate.take()) return noPendingLink()
        return new HttpResponse(null, { status: 204 })
      }),
    ),
  ]
}

const noPendingLink = () =>
  errorResponse(404, 'NoPendingLink', 'No link waits for an answer in this tab.')
