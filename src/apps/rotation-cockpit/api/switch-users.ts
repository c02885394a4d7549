import { ApiError } from '../../../api/api-error'
import { requestJson } from '../../../api/http-client'

export interface SwitchTarget {
  systemId: string
  userId: string
  userName: string
}

export interface SwitchResult extends SwitchTarget {
  ok: boolean
  message: string
}

/**
 * Switches each user's Client Certificate, one request per user, as the administrator would in the
 * outbound user dialog. Each write reads the system's current ETag first, so a change made meanwhile
 * elsewhere is built on, never overwritten blindly; a failure stops only its own row.
 */
export async function switchUsers(
  targets: readonly SwitchTarget[],
  certificateId: string,
): Promise<SwitchResult[]> {
  const results: SwitchResult[] = []
  for (const target of targets) {
    const base = `communication-systems/${encodeURIComponent(target.systemId)}`
    try {
      const { headers } = await requestJson<unknown>(base)
      await requestJson<unknown>(`${base}/outbound-users/${encodeURIComponent(target.userId)}`, {
        method: 'PATCH',
        headers: { 'If-Match': headers.get('ETag') ?? '*' },
        body: { clientCertificateId: certificateId },
      })
      results.push({ ...target, ok: true, message: 'Switched to Client Default.' })
    } catch (error) {
      const message =
        error instanceof ApiError || error instanceof Error ? error.message : String(error)
      results.push({ ...target, ok: false, message })
    }
  }
  return results
}
