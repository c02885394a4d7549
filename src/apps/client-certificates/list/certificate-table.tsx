import { AnalyticalTable, Icon, Text, type AnalyticalTableColumnDefinition, type AnalyticalTableCellInstance } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-icons/dist/slim-arrow-right.js'
import { useNavigate } from 'react-router'
import type { ClientCertificateSummary } from '../../../api/contracts/client-certificates'
import { formatDate } from '../../../ui/format'
import { managedByLabels, systemCount } from '../shared/certificate-labels'
import { CertificateStatus } from '../shared/certificate-status'

// The table types its rows as plain records; these rows are the API's summaries.
const certificateOf = (row: { original: Record<string, unknown> }) => row.original as ClientCertificateSummary
const dateOf = (key: 'validFrom' | 'validTo') => (row: Record<string, unknown>) => formatDate((row as ClientCertificateSummary)[key])

const columns: AnalyticalTableColumnDefinition[] = [
  { Header: 'Description', accessor: 'description', minWidth: 180 },
  { Header: 'Managed By', id: 'managedBy', accessor: (row: Record<string, unknown>) => managedByLabels[(row as ClientCertificateSummary).managedBy], width: 170 },
  { Header: 'Issued To', accessor: 'issuedTo', minWidth: 180 },
  { Header: 'Valid From', id: 'validFrom', accessor: dateOf('validFrom'), width: 120 },
  { Header: 'Valid to', id: 'validTo', accessor: dateOf('validTo'), width: 120 },
  {
    Header: 'Status',
    id: 'status',
    accessor: 'status',
    minWidth: 260,
    Cell: ({ row }: AnalyticalTableCellInstance) => <CertificateStatus certificate={certificateOf(row)} />,
  },
  {
    Header: 'Used by',
    id: 'usedBy',
    accessor: 'usedByCount',
    width: 110,
    hAlign: 'End',
    Cell: ({ row }: AnalyticalTableCellInstance) => <Text>{systemCount(certificateOf(row).usedByCount)}</Text>,
  },
  {
    // Fiori's navigation indicator: the row leads to the object page. The row itself carries the click.
    Header: '',
    id: 'navigate',
    width: 48,
    disableResizing: true,
    disableSortBy: true,
    Cell: () => <Icon name="slim-arrow-right" aria-hidden="true" />,
  },
]

/** The certificates of the list report; a click or Enter on a row opens its object page. */
export function CertificateTable({ rows }: { rows: ClientCertificateSummary[] }) {
  const navigate = useNavigate()
  return (
    <AnalyticalTable
      accessibleName="Client Certificates"
      header={`Client Certificates (${rows.length})`}
      columns={columns}
      data={rows}
      minRows={1}
      visibleRows={Math.max(rows.length, 1)}
      onRowClick={(event) => {
        const row = event.detail.row
        if (row) navigate(certificateOf(row).id)
      }}
    />
  )
}
