import { useQuery } from '@tanstack/react-query'
import {
  ObjectStatus,
  type AnalyticalTableCellInstance as CellInstance,
  type AnalyticalTableColumnDefinition,
} from '@ui5/webcomponents-react'
import { AnalyticalTable } from '../../ui/table/analytical-table'
import { useMemo } from 'react'
import type { ConnectionAttempt, ExternalSystem } from '../../api/contracts/external-systems'
import { clientCertificatesQuery } from '../../api/client-certificates'
import { formatDate } from '../../ui/format'
import { useConnectionTexts } from '../../ui/connection/connection-texts'
import {
  connectionMessage,
  connectionState,
  connectionStatusText,
} from '../../ui/connection/connection-words'
import { useAppTexts } from './i18n/texts'

const original = (cell: CellInstance) => cell.row.original as ConnectionAttempt

/** Incoming connection attempts, newest first, as the external system logged them. */
export function ConnectionLog({ system }: { system: ExternalSystem }) {
  const t = useAppTexts()
  const words = useConnectionTexts()
  const { data: certificates = [] } = useQuery(clientCertificatesQuery())
  const columns = useMemo<AnalyticalTableColumnDefinition[]>(() => {
    // A removed certificate is no longer listed: its id is all there is to show.
    const describe = (id: string) =>
      certificates.find((certificate) => certificate.id === id)?.description ?? id
    const why = (attempt: ConnectionAttempt) =>
      connectionMessage(words, attempt, {
        host: system.host,
        certificate: describe(attempt.certificateId),
      })
    return [
      {
        Header: t('log.date'),
        id: 'date',
        accessor: (row: Record<string, unknown>) => formatDate((row as ConnectionAttempt).date),
      },
      { Header: t('log.communicationSystem'), accessor: 'systemId' },
      { Header: t('log.user'), accessor: 'userName' },
      {
        Header: t('log.certificate'),
        id: 'certificate',
        accessor: (row: Record<string, unknown>) =>
          describe((row as ConnectionAttempt).certificateId),
      },
      {
        Header: t('log.status'),
        id: 'status',
        accessor: (row: Record<string, unknown>) =>
          connectionStatusText(words, (row as ConnectionAttempt).status),
        Cell: (cell: CellInstance) => (
          <ObjectStatus state={connectionState(original(cell).status)} showDefaultIcon>
            {connectionStatusText(words, original(cell).status)}
          </ObjectStatus>
        ),
      },
      {
        Header: t('log.reason'),
        id: 'reason',
        accessor: (row: Record<string, unknown>) => why(row as ConnectionAttempt),
      },
    ]
  }, [certificates, system.host, t, words])
  return (
    <AnalyticalTable
      data-testid="connection-log"
      columns={columns}
      data={system.connectionLog}
      visibleRows={Math.min(10, Math.max(1, system.connectionLog.length))}
      minRows={1}
      noDataText={t('log.noData')}
    />
  )
}
