import {
  Icon,
  Text,
  type AnalyticalTableColumnDefinition,
  type AnalyticalTableCellInstance,
} from '@ui5/webcomponents-react'
import { AnalyticalTable } from '../../../ui/table/analytical-table'
import '@ui5/webcomponents-icons/dist/slim-arrow-right.js'
import { memo, useCallback, useMemo } from 'react'
import { useNavigate } from 'react-router'
import type { ClientCertificateSummary } from '../../../api/contracts/client-certificates'
import { formatDate } from '../../../ui/format'
import type { Texts } from '../../../ui/i18n/text-bundle'
import { clientCertificatePath } from '../../../ui/links/app-links'
import { useRowActions } from '../../../ui/table/use-row-actions'
import { useAppTexts } from '../i18n/texts'
import { categoryLabels, managedByLabels } from '../shared/certificate-labels'
import { CertificateStatus } from '../shared/certificate-status'

// The table types its rows as plain records; these rows are the API's summaries.
const certificateOf = (row: { original: Record<string, unknown> }) =>
  row.original as ClientCertificateSummary
const dateOf = (key: 'validFrom' | 'validTo') => (row: Record<string, unknown>) =>
  formatDate((row as ClientCertificateSummary)[key])

function columnsIn(t: Texts): AnalyticalTableColumnDefinition[] {
  return [
    { Header: t('field.description'), accessor: 'description', minWidth: 180 },
    {
      Header: t('field.managedBy'),
      id: 'managedBy',
      accessor: (row: Record<string, unknown>) =>
        t(managedByLabels[(row as ClientCertificateSummary).managedBy]),
      width: 170,
    },
    {
      Header: t('general.category'),
      id: 'category',
      accessor: (row: Record<string, unknown>) =>
        t(categoryLabels[(row as ClientCertificateSummary).category]),
      width: 220,
    },
    { Header: t('field.issuedTo'), accessor: 'issuedTo', minWidth: 180 },
    { Header: t('field.validFrom'), id: 'validFrom', accessor: dateOf('validFrom'), width: 120 },
    { Header: t('field.validTo'), id: 'validTo', accessor: dateOf('validTo'), width: 120 },
    {
      Header: t('field.status'),
      id: 'status',
      accessor: 'status',
      minWidth: 260,
      Cell: ({ row }: AnalyticalTableCellInstance) => (
        <CertificateStatus certificate={certificateOf(row)} />
      ),
    },
    {
      Header: t('field.usedBy'),
      id: 'usedBy',
      accessor: 'usedByCount',
      width: 110,
      hAlign: 'End',
      Cell: ({ row }: AnalyticalTableCellInstance) => (
        <Text>{t.count('systems', certificateOf(row).usedByCount)}</Text>
      ),
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
}

/** The row id: the table's, and the selection's for Delete. */
const idOf = (row: ClientCertificateSummary) => row.id

interface Props {
  rows: ClientCertificateSummary[]
  selectedIds: Record<string, boolean>
  onSelect: (ids: string[]) => void
}

/**
 * The certificates of the list report: the checkbox column selects for Delete, a click or Enter
 * anywhere else on a row opens its object page.
 */
export const CertificateTable = memo(function CertificateTable({
  rows,
  selectedIds,
  onSelect,
}: Props) {
  const t = useAppTexts()
  const navigate = useNavigate()
  // Dates are formatted by the accessors, so the columns are rebuilt when the language changes.
  const columns = useMemo(() => columnsIn(t), [t])
  const reactTableOptions = useMemo(() => ({ getRowId: idOf, autoResetSelectedRows: false }), [])
  const open = useCallback((id: string) => navigate(clientCertificatePath(id)), [navigate])
  const { handleRowSelect, handleRowClick } = useRowActions(idOf, onSelect, open)
  return (
    <AnalyticalTable
      accessibleName={t('list.table')}
      columns={columns}
      data={rows}
      minRows={1}
      visibleRows={Math.max(rows.length, 1)}
      selectionMode="Multiple"
      selectionBehavior="RowSelector"
      selectedRowIds={selectedIds}
      reactTableOptions={reactTableOptions}
      onRowSelect={handleRowSelect}
      onRowClick={handleRowClick}
    />
  )
})
