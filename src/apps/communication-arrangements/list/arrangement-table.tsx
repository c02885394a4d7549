import { ObjectStatus, Tag } from '@ui5/webcomponents-react'
import { memo, useMemo } from 'react'
import type { CommunicationArrangementSummary } from '../../../api/contracts/communication-arrangements'
import type { Texts } from '../../../ui/i18n/text-bundle'
import { useUiTexts } from '../../../ui/i18n/ui-texts'
import { AnalyticalTable } from '../../../ui/table/analytical-table'
import { column } from '../../../ui/table/table-column'
import { useRowActions } from '../../../ui/table/use-row-actions'
import { readinessLabel, readinessState } from '../../../ui/words/readiness-words'
import { useAppTexts } from '../i18n/texts'

type Row = CommunicationArrangementSummary
/** The row id: the table's, and the selection's for Delete. */
export const nameOf = (row: Row) => row.name

/** "Client Default Expiring, Switch pending": the certificate and the readiness the API reports. */
function certificateText(t: Texts, ui: Texts, row: Row): string {
  if (!row.clientCertificateDescription) return ''
  if (!row.readiness) return row.clientCertificateDescription
  return t(
    'value.certificateWithReadiness',
    row.clientCertificateDescription,
    readinessLabel(ui, row.readiness),
  )
}

// The headers are texts of the page's language: the columns are made once per language.
const columnsFor = (t: Texts, ui: Texts) => [
  column<Row>('name', { Header: t('field.arrangementName'), text: (a) => a.name, width: 200 }),
  column<Row>('scenario', {
    Header: t('field.scenario'),
    text: (a) => `${a.scenarioId} ${a.scenarioDescription}`,
    render: (a) => (
      <span className="ca-two-lines">
        <span>{a.scenarioId}</span>
        <span>{a.scenarioDescription}</span>
      </span>
    ),
    minWidth: 240,
  }),
  column<Row>('system', {
    Header: t('field.system'),
    text: (a) => `${a.systemId} ${a.systemName}`,
    render: (a) => (
      <span className="ca-two-lines">
        <span>{a.systemId}</span>
        <span>{a.systemName}</span>
      </span>
    ),
    minWidth: 200,
  }),
  column<Row>('outboundUser', {
    Header: t('field.outboundUser'),
    text: (a) => a.outboundUserName ?? t('value.none'),
    width: 200,
  }),
  column<Row>('certificate', {
    Header: t('field.clientCertificate'),
    text: (a) => certificateText(t, ui, a),
    render: (a) =>
      a.clientCertificateDescription ? (
        <span className="ca-certificate">
          {a.onClientDefaultExpiring ? (
            // The rotation removes this certificate: the row says so, not only its colour.
            <Tag design="Critical" title={t('value.onExpiring')}>
              {a.clientCertificateDescription}
            </Tag>
          ) : (
            <span>{a.clientCertificateDescription}</span>
          )}
          {a.readiness && (
            <ObjectStatus state={readinessState[a.readiness]} showDefaultIcon>
              {readinessLabel(ui, a.readiness)}
            </ObjectStatus>
          )}
        </span>
      ) : (
        <span>{t('value.none')}</span>
      ),
    width: 360,
  }),
]

interface Props {
  rows: Row[]
  loading: boolean
  noDataText: string
  selectedIds: Record<string, boolean>
  onSelect: (names: string[]) => void
  onOpen: (name: string) => void
}

/** The list report table: a row opens the arrangement, the checkbox column selects for Delete. */
export const ArrangementTable = memo(function ArrangementTable({
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
  const reactTableOptions = useMemo(() => ({ getRowId: nameOf, autoResetSelectedRows: false }), [])
  const { handleRowSelect, handleRowClick } = useRowActions(nameOf, onSelect, onOpen)
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
      visibleRows={Math.min(Math.max(rows.length, 5), 15)}
      withNavigationHighlight
      rowHeight={52}
      onRowSelect={handleRowSelect}
      onRowClick={handleRowClick}
    />
  )
})
