import { AnalyticalTable, Button, ObjectStatus, Title } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-icons/dist/add.js'
import type {
  CommunicationSystem,
  OutboundUser,
} from '../../../api/contracts/communication-systems'
import { connectionState, connectionStatusText } from '../shared/connection-text'
import { ReadinessStatusView } from '../shared/readiness-status'
import { column } from '../shared/table-column'

const columns = [
  column<OutboundUser>('userName', { Header: 'User Name', text: (u) => u.userName }),
  column<OutboundUser>('authenticationMethod', {
    Header: 'Authentication Method',
    text: (u) => u.authenticationMethod,
  }),
  column<OutboundUser>('clientCertificate', {
    Header: 'Client Certificate',
    text: (u) => u.clientCertificateDescription ?? '',
  }),
  column<OutboundUser>('connection', {
    Header: 'Connection',
    text: (u) => (u.connection ? connectionStatusText(u.connection.status) : ''),
    render: (u) =>
      u.connection ? (
        <ObjectStatus
          state={connectionState(u.connection.status)}
          showDefaultIcon
          title={u.connection.message}
        >
          {connectionStatusText(u.connection.status)}
        </ObjectStatus>
      ) : null,
  }),
  column<OutboundUser>('readiness', {
    Header: 'Readiness',
    text: (u) => u.readiness ?? '',
    render: (u) => <ReadinessStatusView readiness={u.readiness} />,
  }),
]

interface Props {
  system: CommunicationSystem
  onOpen: (userId: string) => void
  onAdd: () => void
}

/** Users for Outbound Communication: a row (click or Enter) opens the user dialog, "+" adds one. */
export function OutboundUsersTable({ system, onOpen, onAdd }: Props) {
  return (
    <AnalyticalTable
      header={
        <div className="cs-table-toolbar">
          <Title level="H3" size="H5" className="cs-table-toolbar__title">
            {`Users for Outbound Communication (${system.outboundUsers.length})`}
          </Title>
          <Button
            icon="add"
            design="Transparent"
            accessibleName="Add"
            tooltip="Add"
            disabled={system.inboundOnly}
            onClick={onAdd}
          />
        </div>
      }
      data={system.outboundUsers}
      columns={columns}
      visibleRows={Math.max(system.outboundUsers.length, 3)}
      noDataText={
        system.inboundOnly
          ? 'An inbound-only system has no users for outbound communication.'
          : 'No users for outbound communication yet. Add one with +.'
      }
      withNavigationHighlight
      rowHeight={44}
      onRowClick={(event) => onOpen((event.detail.row.original as OutboundUser).id)}
    />
  )
}
