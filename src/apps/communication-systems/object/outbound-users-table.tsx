import { Button, ObjectStatus } from '@ui5/webcomponents-react'
import { AnalyticalTable } from '../../../ui/table/analytical-table'
import '@ui5/webcomponents-icons/dist/add.js'
import { useMemo } from 'react'
import type {
  CommunicationSystem,
  OutboundUser,
} from '../../../api/contracts/communication-systems'
import { formatNumber } from '../../../ui/format'
import { TableToolbar } from '../../../ui/list/table-toolbar'
import type { Texts } from '../../../ui/i18n/text-bundle'
import { useUiTexts } from '../../../ui/i18n/ui-texts'
import { ReadinessStatusView } from '../../../ui/words/readiness-status'
import { readinessLabel } from '../../../ui/words/readiness-words'
import { useAppTexts } from '../i18n/texts'
import { useConnectionTexts } from '../../../ui/connection/connection-texts'
import {
  connectionMessage,
  connectionState,
  connectionStatusText,
} from '../../../ui/connection/connection-words'
import {
  authenticationMethodText,
  authenticationTexts,
} from '../../../ui/words/authentication-words'
import { useTexts } from '../../../ui/i18n/language-context'
import { column } from '../../../ui/table/table-column'

function columnsFor(t: Texts, words: Texts, ui: Texts, auth: Texts, host: string) {
  return [
    column<OutboundUser>('userName', { Header: t('field.userName'), text: (u) => u.userName }),
    column<OutboundUser>('authenticationMethod', {
      Header: t('field.authenticationMethod'),
      text: (u) => authenticationMethodText(auth, u.authenticationMethod, u.clientAuthentication),
    }),
    column<OutboundUser>('clientCertificate', {
      Header: t('field.clientCertificate'),
      text: (u) => u.clientCertificateDescription ?? '',
    }),
    column<OutboundUser>('connection', {
      Header: t('field.connection'),
      text: (u) => (u.connection ? connectionStatusText(words, u.connection.status) : ''),
      render: (u) =>
        u.connection ? (
          <ObjectStatus
            state={connectionState(u.connection.status)}
            showDefaultIcon
            title={connectionMessage(words, u.connection, {
              host,
              certificate: u.clientCertificateDescription || (u.clientCertificateId ?? ''),
            })}
          >
            {connectionStatusText(words, u.connection.status)}
          </ObjectStatus>
        ) : null,
    }),
    column<OutboundUser>('readiness', {
      Header: t('field.readiness'),
      text: (u) => (u.readiness ? readinessLabel(ui, u.readiness) : ''),
      render: (u) => <ReadinessStatusView readiness={u.readiness} />,
    }),
  ]
}

interface Props {
  system: CommunicationSystem
  onOpen: (userId: string) => void
  onAdd: () => void
}

/** Users for Outbound Communication: a row (click or Enter) opens the user dialog, "+" adds one. */
export function OutboundUsersTable({ system, onOpen, onAdd }: Props) {
  const t = useAppTexts()
  const words = useConnectionTexts()
  const ui = useUiTexts()
  const auth = useTexts(authenticationTexts)
  const columns = useMemo(
    () => columnsFor(t, words, ui, auth, system.hostName),
    [t, words, ui, auth, system.hostName],
  )
  return (
    <AnalyticalTable
      header={
        <TableToolbar
          level="H3"
          title={t('object.outboundUsers.title', formatNumber(system.outboundUsers.length))}
        >
          <Button
            icon="add"
            design="Transparent"
            accessibleName={t('action.add')}
            tooltip={t('action.add')}
            disabled={system.inboundOnly}
            onClick={onAdd}
          />
        </TableToolbar>
      }
      data={system.outboundUsers}
      columns={columns}
      visibleRows={Math.max(system.outboundUsers.length, 3)}
      noDataText={
        system.inboundOnly
          ? t('object.outboundUsers.noData.inboundOnly')
          : t('object.outboundUsers.noData.empty')
      }
      withNavigationHighlight
      rowHeight={44}
      onRowClick={(event) => onOpen((event.detail.row.original as OutboundUser).id)}
    />
  )
}
