import { useQuery } from '@tanstack/react-query'
import {
  AnalyticalTable,
  ObjectStatus,
  type AnalyticalTableCellInstance as CellInstance,
  type AnalyticalTableColumnDefinition,
} from '@ui5/webcomponents-react'
import { useMemo } from 'react'
import type { ConnectionAttempt, ExternalSystem } from '../../api/contracts/external-systems'
import { clientCertificatesQuery } from '../../api/client-certificates'
import { formatDate } from '../../ui/format'

const statusText = {
  200: '200 OK',
  401: '401 Unauthorized',
  403: '403 Forbidden',
  unreachable: 'Unreachable',
} as const
const original = (cell: CellInstance) => cell.row.original as ConnectionAttempt

/** Incoming connection attempts, newest first, as the external system logged them. */
export function ConnectionLog({ system }: { system: ExternalSystem }) {
  const { data: certificates = [] } = useQuery(clientCertificatesQuery())
  const columns = useMemo<AnalyticalTableColumnDefinition[]>(() => {
    // A removed certificate is no longer listed: its id is all there is to show.
    const describe = (id: string) =>
      certificates.find((certificate) => certificate.id === id)?.description ?? id
    return [
      {
        Header: 'Date',
        id: 'date',
        accessor: (row: Record<string, unknown>) => formatDate((row as ConnectionAttempt).date),
      },
      { Header: 'Communication System', accessor: 'systemId' },
      { Header: 'User', accessor: 'userName' },
      {
        Header: 'Certificate',
        id: 'certificate',
        accessor: (row: Record<string, unknown>) =>
          describe((row as ConnectionAttempt).certificateId),
      },
      {
        Header: 'Status',
        id: 'status',
        accessor: (row: Record<string, unknown>) => statusText[(row as ConnectionAttempt).status],
        Cell: (cell: CellInstance) => (
          <ObjectStatus state={original(cell).status === 200 ? 'Positive' : 'Negative'}>
            {statusText[original(cell).status]}
          </ObjectStatus>
        ),
      },
    ]
  }, [certificates])
  return (
    <AnalyticalTable
      data-testid="connection-log"
      columns={columns}
      data={system.connectionLog}
      visibleRows={Math.min(10, Math.max(1, system.connectionLog.length))}
      minRows={1}
      noDataText="No connection attempt yet. Use Check Connection on an outbound user in Communication Systems."
    />
  )
}
