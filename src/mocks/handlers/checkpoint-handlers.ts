import { http, HttpResponse } from 'msw'
import {
  CHECKPOINT_LIMIT,
  saveCheckpointRequest,
  type CheckpointList,
  type RestoreCheckpointResponse,
} from '../../api/contracts/checkpoints'
import type { CheckpointRefusal, Checkpoints } from '../backend/checkpoints'
import { errorResponse, parseJsonBody } from '../http/responses'
import { route } from '../http/route'
import { clockView } from '../views/clock-view'

/** GET/POST /api/simulation/checkpoints, POST …/:name/restore, DELETE …/:name. */
export function checkpointHandlers(checkpoints: Checkpoints) {
  return [
    http.get(
      '*/api/simulation/checkpoints',
      route(async () => {
        const body: CheckpointList = { items: await checkpoints.list(), limit: CHECKPOINT_LIMIT }
        return HttpResponse.json(body)
      }),
    ),
    http.post(
      '*/api/simulation/checkpoints',
      route(async ({ request }) => {
        const body = await parseJsonBody(request, saveCheckpointRequest)
        if (!body.ok) return body.response
        const saved = await checkpoints.save(body.value.name)
        if (!saved.ok) return refusalResponse(saved)
        return HttpResponse.json(saved.summary, { status: 201 })
      }),
    ),
    http.post<{ name: string }>(
      '*/api/simulation/checkpoints/:name/restore',
      route(async ({ params }) => {
        const restored = await checkpoints.restore(params.name)
        if (!restored.ok) return refusalResponse(restored)
        const body: RestoreCheckpointResponse = {
          name: params.name,
          clock: clockView(restored.system.state),
        }
        return HttpResponse.json(body)
      }),
    ),
    http.delete<{ name: string }>(
      '*/api/simulation/checkpoints/:name',
      route(async ({ params }) => {
        const deleted = await checkpoints.delete(params.name)
        if (!deleted.ok) return refusalResponse(deleted)
        return new HttpResponse(null, { status: 204 })
      }),
    ),
  ]
}

/** A refused checkpoint command as its error response; a name in use is a field error of `name`. */
export function refusalResponse(refusal: CheckpointRefusal) {
  const details =
    refusal.code === 'CheckpointNotFound' ? [] : [{ field: 'name', message: refusal.message }]
  return errorResponse(refusal.status, refusal.code, refusal.message, details)
}
