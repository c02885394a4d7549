import type { CheckConnectionResponse } from '../../api/contracts/communication-systems'
import { hostKey } from '../../domain/host-name'
import { indexLandscape } from '../../domain/landscape-index'
import type { ConnectionOutcome } from '../../domain/outcome'
import type { ConnectionAttempt, RotationState } from '../../domain/types'
import { outcomeView } from './connection-view'

/**
 * What Check Connection answers — from an outbound user or from an arrangement's outbound service:
 * the attempt the engine recorded, in the words of its outcome, with the certificate presented.
 */
export function checkConnectionView(
  state: RotationState,
  connection: ConnectionAttempt,
): CheckConnectionResponse {
  const index = indexLandscape(state)
  const host = state.systems.find((s) => s.systemId === connection.systemId)?.hostName
  if (host === undefined) throw new Error(`No system ${connection.systemId} for the attempt`)
  // The log entry pairs status, reason and detail as the engine's outcome did; the trust mode is
  // the external system's (absent when nothing answers at the host).
  const trustMode = index.externalSystemsByHost.get(hostKey(host))?.trustMode
  const outcome: ConnectionOutcome = { ...connection, ...(trustMode ? { trustMode } : {}) }
  return {
    ...outcomeView(index, host, outcome),
    certificate: {
      id: connection.certificateId,
      description: index.certificatesById.get(connection.certificateId)?.description ?? '',
      fingerprintSha256: connection.fingerprintSha256 ?? '',
    },
    host,
  }
}
