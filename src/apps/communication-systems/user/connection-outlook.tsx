import { useQuery } from '@tanstack/react-query'
import { ObjectStatus, Text } from '@ui5/webcomponents-react'
import { clientCertificatesQuery } from '../../../api/client-certificates'
import type { OutboundUser } from '../../../api/contracts/communication-systems'
import { formatDate } from '../../../ui/format'
import { useAppTexts } from '../i18n/texts'
import {
  connectionMessage,
  connectionState,
  connectionStatusText,
  predictedMessage,
} from '../shared/connection-text'

/**
 * Today's connection and the one the API predicts after the next rotation, said from the API's
 * reason codes: the administrator sees before Mar 1 what SAP's migration would break.
 */
export function ConnectionOutlook({ user, host }: { user: OutboundUser; host: string }) {
  const t = useAppTexts()
  const certificates = useQuery(clientCertificatesQuery()).data
  const { connection, afterRotation } = user
  if (!connection) return null
  return (
    <div className="cs-connection-outlook" aria-label={t('field.connection')}>
      <div>
        <ObjectStatus state={connectionState(connection.status)} showDefaultIcon>
          {t('connection.today', connectionStatusText(t, connection.status))}
        </ObjectStatus>
        <Text>
          {connectionMessage(
            t,
            connection,
            {
              host,
              certificateId: user.clientCertificateId,
              certificateDescription: user.clientCertificateDescription,
            },
            certificates,
          )}
        </Text>
      </div>
      {afterRotation && (
        <div>
          <ObjectStatus state={connectionState(afterRotation.status)} showDefaultIcon>
            {t(
              'connection.afterRotation',
              formatDate(afterRotation.date),
              connectionStatusText(t, afterRotation.status),
            )}
          </ObjectStatus>
          <Text>{predictedMessage(t, afterRotation, host, certificates)}</Text>
        </div>
      )}
    </div>
  )
}
