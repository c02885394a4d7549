import { http, HttpResponse } from 'msw'
import {
  outboundUserRequest,
  updateOutboundUserRequest,
} from '../../api/contracts/communication-systems'
import { MAX_OUTBOUND_USERS_PER_SYSTEM } from '../../api/contracts/safe-text'
import type { CommunicationSystem } from '../../domain/types'
import { applyCommand } from '../backend/apply-command'
import { withPasswordHash } from '../backend/password-hash'
import type { SimulatedBackend } from '../backend/simulated-backend'
import { domainErrorResponse } from '../http/domain-errors'
import { errorResponse, parseJsonBody } from '../http/responses'
import { route } from '../http/route'
import { checkConnectionView } from '../views/check-connection-view'
import { writeSystem } from './system-write'

const users = '*/api/communication-systems/:systemId/outbound-users'

/** Users for Outbound Communication of one system, and the connection check of one user. */
export function outboundUserHandlers(backend: SimulatedBackend) {
  return [
    http.post(
      users,
      route(async ({ request, params }) => {
        const systemId = String(params.systemId)
        const body = await parseJsonBody(request, outboundUserRequest)
        if (!body.ok) return body.response
        const user = await withPasswordHash(body.value)
        return writeSystem(backend, {
          request,
          systemId,
          status: 201,
          limit: tooManyUsers,
          location: (userId) =>
            `api/communication-systems/${encodeURIComponent(systemId)}/outbound-users/${userId}`,
          command: (expectedVersion) => ({
            type: 'addOutboundUser',
            systemId,
            user,
            expectedVersion,
          }),
        })
      }),
    ),
    http.patch(
      `${users}/:userId`,
      route(async ({ request, params }) => {
        const systemId = String(params.systemId)
        const body = await parseJsonBody(request, updateOutboundUserRequest)
        if (!body.ok) return body.response
        const changes = await withPasswordHash(body.value)
        return writeSystem(backend, {
          request,
          systemId,
          command: (expectedVersion) => ({
            type: 'updateOutboundUser',
            systemId,
            userId: String(params.userId),
            changes,
            expectedVersion,
          }),
        })
      }),
    ),
    http.delete(
      `${users}/:userId`,
      route(async ({ request, params }) => {
        const systemId = String(params.systemId)
        return writeSystem(backend, {
          request,
          systemId,
          command: (expectedVersion) => ({
            type: 'deleteOutboundUser',
            systemId,
            userId: String(params.userId),
            expectedVersion,
          }),
        })
      }),
    ),
    http.post(
      `${users}/:userId/check-connection`,
      route(async ({ params }) => {
        const systemId = String(params.systemId)
        const userId = String(params.userId)
        // An action, not an edit: it needs no If-Match and leaves the system's version alone;
        // the external system's access log records the attempt.
        return backend.update((current) => {
          const applied = applyCommand(current, { type: 'recordConnectionCheck', systemId, userId })
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

/** A system holds at most MAX_OUTBOUND_USERS_PER_SYSTEM users: one more is refused, nothing saved. */
function tooManyUsers(system: CommunicationSystem): Response | undefined {
  if (system.outboundUsers.length <= MAX_OUTBOUND_USERS_PER_SYSTEM) return undefined
  const message = `Communication system ${system.systemId} already has ${MAX_OUTBOUND_USERS_PER_SYSTEM} users for outbound communication, the most one system may hold: delete one before adding another.`
  return errorResponse(409, 'TooManyOutboundUsers', message, [{ field: 'outboundUsers', message }])
}
