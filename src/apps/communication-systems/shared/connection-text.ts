import type { ConnectionOutcome } from '../../../api/contracts/common'

const statusTexts: Record<string, string> = {
  '200': '200 OK',
  '401': '401 Unauthorized',
  '403': '403 Forbidden',
  unreachable: 'Not reachable',
}

/** The HTTP answer as administrators read it in logs: "401 Unauthorized". */
export function connectionStatusText(status: ConnectionOutcome['status']): string {
  return statusTexts[String(status)] ?? String(status)
}

export function connectionState(status: ConnectionOutcome['status']): 'Positive' | 'Negative' {
  return status === 200 ? 'Positive' : 'Negative'
}
