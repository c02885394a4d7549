import { ChangeLog, refuse, succeed } from './change-log'
import type { TransitionResult } from './commands'
import { hostKey } from './host-name'
import { indexLandscape } from './landscape-index'
import { replaceAt } from './lookup'
import { findCertificateUser, outcomeOf } from './outcome'
import { CONNECTION_LOG_LIMIT, type ConnectionAttempt, type RotationState } from './types'

/**
 * An outbound user calls its external system today. The attempt is appended to that system's
 * connection log (its access log) and returned; it changes no configuration, so it makes no change record.
 */
export function recordConnectionCheck(
  state: RotationState,
  systemId: string,
  userId: string,
): TransitionResult {
  const found = findCertificateUser(state, systemId, userId)
  if (!found.ok) return refuse(state, found.error)
  const { host, user, certificateId } = found.value
  const index = indexLandscape(state)
  const outcome = outcomeOf(index, host, certificateId, state.today)
  const connection: ConnectionAttempt = {
    date: state.today,
    systemId,
    userId,
    userName: user.userName,
    certificateId,
    fingerprintSha256:
      index.certificatesById.get(certificateId)?.material?.fingerprintSha256 ?? null,
    status: outcome.status,
    reason: outcome.reason,
    ...(outcome.detail ? { detail: outcome.detail } : {}),
  }
  const externalIndex = state.externalSystems.findIndex((e) => e.host === hostKey(host))
  const externalSystem = state.externalSystems[externalIndex]
  // Nobody answers an unreachable host, so there is no log to write to.
  if (!externalSystem) return succeed(state, new ChangeLog(state), { connection })
  const connectionLog = [...externalSystem.connectionLog, connection].slice(-CONNECTION_LOG_LIMIT)
  const externalSystems = replaceAt(state.externalSystems, externalIndex, {
    ...externalSystem,
    connectionLog,
  })
  return succeed({ ...state, externalSystems }, new ChangeLog(state), { connection })
}
