import { AnalyticalTable, Link, Text, type AnalyticalTableColumnDefinition, type AnalyticalTableCellInstance } from '@ui5/webcomponents-react'
import type { ClientCertificate } from '../../../api/contracts/client-certificates'
import { outboundUserHref } from '../shared/paths'

type Usage = ClientCertificate['usage'][number]

function UserLink({ row }: AnalyticalTableCellInstance) {
  // The table types its rows as plain records; these are the API's usage rows.
  const usage = row.original as Usage
  return (
    <Link href={outboundUserHref(usage.systemId, usage.userId)} accessibleName={`${usage.userName} of ${usage.systemId}`}>
      {usage.userName}
    </Link>
  )
}

const columns: AnalyticalTableColumnDefinition[] = [
  { Header: 'System ID', accessor: 'systemId', width: 200 },
  { Header: 'System Name', accessor: 'systemName', minWidth: 240 },
  {
    // The user is where the certificate is changed, so the link leads straight to it.
    Header: 'User for Outbound Communication',
    id: 'userName',
    accessor: 'userName',
    minWidth: 260,
    Cell: UserLink,
  },
]

/** The where-used list: every outbound user that authenticates with this certificate. */
export function WhereUsedTable({ usage }: { usage: ClientCertificate['usage'] }) {
  if (usage.length === 0) {
    return <Text>No communication system uses this certificate.</Text>
  }
  return (
    <AnalyticalTable
      accessibleName="Communication Systems"
      columns={columns}
      data={usage}
      minRows={1}
      visibleRows={usage.length}
    />
  )
}
