import { MessageStrip } from '@ui5/webcomponents-react'
import type { CheckConnectionResponse } from '../../api/contracts/communication-systems'
import { useConnectionTexts } from './connection-texts'
import { connectionMessage, connectionState, connectionStatusText } from './connection-words'

/**
 * The result of a Check Connection in plain words: the HTTP answer, then why and what to do, from
 * the API's reason code. The same on every screen that checks a connection.
 */
export function ConnectionResult({
  result,
  label,
  onClose,
}: {
  result: CheckConnectionResponse
  /** What was checked, when a screen shows several results (e.g. the service name). */
  label?: string
  onClose: () => void
}) {
  const words = useConnectionTexts()
  return (
    <MessageStrip design={connectionState(result.status)} onClose={onClose} role="status">
      {label && `${label}: `}
      <strong>{connectionStatusText(words, result.status)}</strong>
      {` — ${connectionMessage(words, result, {
        host: result.host,
        certificate: result.certificate.description || result.certificate.id,
      })}`}
    </MessageStrip>
  )
}
