import { ObjectStatus, Text } from '@ui5/webcomponents-react'
import type { OutboundUser } from '../../../api/contracts/communication-systems'
import { formatDate } from '../../../ui/format'
import { useAppTexts } from '../i18n/texts'
import { useConnectionTexts } from '../../../ui/connection/connection-texts'
import {
  connectionMessage,
  connectionState,
  connectionStatusText,
  predictedMessage,
} from '../../../ui/connection/connection-words'

/**
 * Today's connection and the one the API predicts after the next rotation, said from the API's
 * reason codes: the administrator sees before Mar 1 what SAP's migration would break.
 */
export function ConnectionOutlook({ user, host }: { user: OutboundUser; host: string }) {
  const t = useAppTexts()
  const words = useConnectionTexts()
  const { connection, afterRotation } = user
  if (!connection) return null
  return (
    <div className="cs-connection-outlook" aria-label={t('field.connection')}>
      <div>
        <ObjectStatus state={connectionState(connection.status)} showDefaultIcon>
          {t('connection.today', connectionStatusText(words, connection.status))}
        </ObjectStatus>
        <Text>
          {connectionMessage(words, connection, {
            host,
            certificate: user.clientCertificateDescription || (user.clientCertificateId ?? ''),
          })}
        </Text>
      </div>
      {afterRotation && (
        <div>
          <ObjectStatus state={connectionState(afterRotation.status)} showDefaultIcon>
            {t(
              'connection.afterRotation',
              formatDate(afterRotation.date),
              connectionStatusText(words, afterRotation.status),
            )}
          </ObjectStatus>
          <Text>{predictedMessage(words, afterRotation, host)}</Text>
        </div>
      )}
    </div>
  )
}
