import type { QueryClient } from '@tanstack/react-query'
import { ApiError } from '../../../api/api-error'
import { communicationSystemQuery, updateOutboundUser } from '../../../api/communication-systems'

export interface SwitchTarget {
  systemId: string
  userId: string
  userName: string
}

/** A switched user, or one whose switch failed with the API's message. */
export type SwitchResult = SwitchTarget & ({ ok: true } | { ok: false; message: string })

/**
 * Switches each user's Client Certificate, one request per user, as the administrator would in the
 * outbound user dialog. Each write reads the system's current version first, so it builds on any
 * change made meanwhile instead of overwriting it; a failure stops only its own row.
 */
export async function switchUsers(
  queryClient: QueryClient,
  targets: readonly SwitchTarget[],
  certificateId: string,
): Promise<SwitchResult[]> {
  const results: SwitchResult[] = []
  for (const target of targets) {
    try {
      const system = await queryClient.fetchQuery({
        ...communicationSystemQuery(target.systemId),
        staleTime: 0,
      })
      await updateOutboundUser(target.systemId, target.userId, system.version, {
        clientCertificateId: certificateId,
      })
      results.push({ ...target, ok: true })
    } catch (error) {
      const message =
        error instanceof ApiError || error instanceof Error ? error.message : String(error)
      results.push({ ...target, ok: false, message })
    }
  }
  return results
}
