import { ObjectStatus, Text } from '@ui5/webcomponents-react'
import type { OutboundUser } from '../../../api/contracts/communication-systems'
import { formatDate } from '../../../ui/format'
import { connectionState, connectionStatusText } from '../shared/connection-text'

/**
 * Today's connection and the one the API predicts after the next rotation, in the API's words:
 * the administrator sees before Mar 1 what SAP's migration would break.
 */
export function ConnectionOutlook({ user }: { user: OutboundUser }) {
  const { connection, afterRotation } = user
  if (!connection) return null
  return (
    <div className="cs-connection-outlook" aria-label="Connection">
      <div>
        <ObjectStatus state={connectionState(connection.status)} showDefaultIcon>
          {`Today: ${connectionStatusText(connection.status)}`}
        </ObjectStatus>
        <Text>{connection.message}</Text>
      </div>
      {afterRotation && (
        <div>
          <ObjectStatus state={connectionState(afterRotation.status)} showDefaultIcon>
            {`After the rotation on ${formatDate(afterRotation.date)}: ${connectionStatusText(afterRotation.status)}`}
          </ObjectStatus>
          <Text>{afterRotation.message}</Text>
        </div>
      )}
    </div>
  )
}
