import { Tag } from '@ui5/webcomponents-react'
import { AnalyticalTable } from '../../../ui/table/analytical-table'
import { useRowActions } from '../../../ui/table/use-row-actions'
import { memo, useMemo } from 'react'
import type { CommunicationSystemSummary } from '../../../api/contracts/communication-systems'
import type { Texts } from '../../../ui/i18n/text-bundle'
import { useUiTexts } from '../../../ui/i18n/ui-texts'
import { certificateRoleState } from '../../../ui/words/certificate-role-words'
import { ReadinessStatusView } from '../../../ui/words/readiness-status'
import { readinessLabel } from '../../../ui/words/readiness-words'
import { useAppTexts } from '../i18n/texts'
import { column } from '../../../ui/table/table-column'

/** The row id: the table's, and the selection's for Delete. */
export const systemIdOf = (row: CommunicationSystemSummary) => row.systemId

// The headers are texts of the page's language: the columns are made once per language.
const columnsFor = (t: Texts, ui: Texts) => [
  column<CommunicationSystemSummary>('systemId', {
    Header: t('field.systemId'),
    text: (s) => s.systemId,
    width: 180,
  }),
  column<CommunicationSystemSummary>('systemName', {
    Header: t('field.systemName'),
    text: (s) => s.systemName,
    // A floor for the flexible columns: one CI run showed them collapsed to a few pixels.
    minWidth: 160,
  }),
  column<CommunicationSystemSummary>('hostName', {
    Header: t('field.hostName'),
    text: (s) => s.hostName,
    minWidth: 160,
  }),
  column<CommunicationSystemSummary>('certificates', {
    Header: t('field.clientCertificates'),
    width: 380,
    text: (s) => s.certificates.map((c) => c.description).join(', '),
    render: (s) => (
      <span className="cs-certificate-tags">
        {s.certificates.map((certificate) => (
          <Tag key={certificate.id} design={certificateRoleState[certificate.role]} hideStateIcon>
            {certificate.description}
          </Tag>
        ))}
      </span>
    ),
  }),
  column<CommunicationSystemSummary>('readiness', {
    Header: t('field.readiness'),
    text: (s) => (s.readiness ? readinessLabel(ui, s.readiness) : ''),
    render: (s) => <ReadinessStatusView readiness={s.readiness} />,
    width: 170,
  }),
]

interface Props {
  rows: CommunicationSystemSummary[]
  loading: boolean
  noDataText: string
  selectedIds: Record<string, boolean>
  onSelect: (selectedIds: string[]) => void
  onOpen: (systemId: string) => void
}

/**
 * The list report table: a row opens the system, the checkbox column selects for Delete.
 *
 * Memoised, with stable handlers: an AnalyticalTable render walks all rows (5,000 in the Large
 * landscape scenario, tens of milliseconds), and every keystroke in the search re-renders the page
 * once for the URL before the filtered rows arrive. That render must not redo the old table.
 */
export const SystemTable = memo(function SystemTable({
  rows,
  loading,
  noDataText,
  selectedIds,
  onSelect,
  onOpen,
}: Props) {
  const t = useAppTexts()
  const ui = useUiTexts()
  const columns = useMemo(() => columnsFor(t, ui), [t, ui])
  const reactTableOptions = useMemo(
    () => ({
      getRowId: systemIdOf,
      autoResetSelectedRows: false,
    }),
    [],
  )
  const { handleRowSelect, handleRowClick } = useRowActions(systemIdOf, onSelect, onOpen)
  return (
    <AnalyticalTable
      data={rows}
      columns={columns}
      loading={loading}
      noDataText={noDataText}
      selectionMode="Multiple"
      selectionBehavior="RowSelector"
      selectedRowIds={selectedIds}
      reactTableOptions={reactTableOptions}
      // Up to 15 rows before the table scrolls: the 5,000-system scenario stays a normal page.
      visibleRows={Math.min(Math.max(rows.length, 5), 15)}
      withNavigationHighlight
      rowHeight={44}
      onRowSelect={handleRowSelect}
      onRowClick={handleRowClick}
    />
  )
})
