import { Button, Title } from '@ui5/webcomponents-react'
import { AnalyticalTable } from '../../ui/table/analytical-table'
import { useMemo, useState } from 'react'
import type { ReadinessReport, ReadinessRow } from '../../api/contracts/rotation'
import { formatNumber } from '../../ui/format'
import { useAppTexts } from './i18n/texts'
import { SwitchDialog } from './switch-dialog'
import { useConnectionTexts } from '../../ui/connection/connection-texts'
import { groupColumnId, worklistColumns } from './worklist-columns'
import { useUiTexts } from '../../ui/i18n/ui-texts'
import { applyFilter, useWorklistFilter, WorklistFilters } from './worklist-filters'
import { selectedUsers, selectionOfUsers, worklistRows, type WorklistRow } from './worklist-groups'

const noSelection: Record<string, boolean> = {}
const getRowId = (row: WorklistRow) => row.rowKey

/** Every certificate-based outbound user with its readiness and outcomes; select users to switch them. */
export function ReadinessWorklist({ report }: { report: ReadinessReport }) {
  const t = useAppTexts()
  const words = useConnectionTexts()
  const ui = useUiTexts()
  const [filter, setFilter] = useWorklistFilter()
  const { readiness, search, grouping } = filter
  const columns = useMemo(() => worklistColumns(t, words, ui, grouping), [t, words, ui, grouping])
  const users = useMemo(
    () => applyFilter(report.rows, { readiness, search }),
    [report.rows, readiness, search],
  )
  const rows = useMemo(() => worklistRows(users, grouping), [users, grouping])
  // A selection belongs to the rows it was made on: new data (a clock move, a switch), another
  // filter or grouping starts with none, so the button never acts on rows the table no longer shows ticked.
  const [selection, setSelection] = useState<{
    rows: WorklistRow[]
    ids: Record<string, boolean>
  }>({ rows, ids: {} })
  const selectedIds = selection.rows === rows ? selection.ids : noSelection
  const setSelectedIds = (ids: Record<string, boolean>) => setSelection({ rows, ids })
  const [switching, setSwitching] = useState<ReadinessRow[] | null>(null)
  // A user shown under two arrangements is one user: switched once, listed once in the dialog.
  const selected = selectedUsers(rows, selectedIds)
  // Grouping is the AnalyticalTable's own: one virtualized grid (the large landscape has thousands of
  // groups, too many for a table each), its selection and keyboard navigation unchanged, and group
  // rows that are not selectable and expand or collapse with Enter. Every group starts expanded. The
  // table resets its grouping and expanded state to `initialState` whenever the rows change (new data
  // after a switch), so both are given there too, not only through the `groupBy` prop.
  const groupBy = useMemo(() => (grouping === 'none' ? [] : [groupColumnId]), [grouping])
  const tableOptions = useMemo(
    () => ({
      getRowId,
      initialState: {
        groupBy,
        expanded: Object.fromEntries(
          rows.map((row) => [`${groupColumnId}:${row.group}`, true] as const),
        ),
      },
    }),
    [rows, groupBy],
  )
  return (
    <div>
      <div className="cockpit__toolbar">
        <Title level="H3" size="H5">
          {t('worklist.title', formatNumber(users.length))}
        </Title>
        <span className="cockpit__toolbar-spacer" />
        <WorklistFilters filter={filter} onChange={setFilter} />
        <Button
          design="Emphasized"
          disabled={selected.length === 0}
          onClick={() => setSwitching(selected)}
        >
          {t('worklist.switch')}
        </Button>
      </div>
      <AnalyticalTable
        data-testid="readiness-worklist"
        columns={columns}
        data={rows}
        groupBy={groupBy}
        reactTableOptions={tableOptions}
        selectionMode="Multiple"
        selectedRowIds={selectedIds}
        onRowSelect={(event) =>
          setSelectedIds(selectionOfUsers(rows, selectedIds, event.detail.selectedRowIds))
        }
        visibleRows={Math.min(15, Math.max(rows.length, 1))}
        minRows={1}
        noDataText={report.rows.length === 0 ? t('worklist.noUsers') : t('worklist.noMatch')}
        scaleWidthMode="Smart"
      />
      {switching && (
        <SwitchDialog
          rows={switching}
          onClose={() => {
            setSwitching(null)
            setSelectedIds(noSelection)
          }}
        />
      )}
    </div>
  )
}
