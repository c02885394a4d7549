import { Button, Title } from '@ui5/webcomponents-react'
import { AnalyticalTable } from '../../ui/table/analytical-table'
import { useMemo, useState } from 'react'
import type { ReadinessReport, ReadinessRow } from '../../api/contracts/rotation'
import { formatNumber } from '../../ui/format'
import { useAppTexts } from './i18n/texts'
import { SwitchDialog } from './switch-dialog'
import { useConnectionTexts } from '../../ui/connection/connection-texts'
import { rowId, worklistColumns } from './worklist-columns'
import { useUiTexts } from '../../ui/i18n/ui-texts'
import { applyFilter, useWorklistFilter, WorklistFilters } from './worklist-filters'

const noSelection: Record<string, boolean> = {}

/** Every certificate-based outbound user with its readiness and outcomes; select users to switch them. */
export function ReadinessWorklist({ report }: { report: ReadinessReport }) {
  const t = useAppTexts()
  const words = useConnectionTexts()
  const ui = useUiTexts()
  const columns = useMemo(() => worklistColumns(t, words, ui), [t, words, ui])
  const [filter, setFilter] = useWorklistFilter()
  const { readiness, search } = filter
  const rows = useMemo(
    () => applyFilter(report.rows, { readiness, search }),
    [report.rows, readiness, search],
  )
  // A selection belongs to the rows it was made on: new data (a clock move, a switch) or another
  // filter starts with none, so the button never acts on rows the table no longer shows ticked.
  const [selection, setSelection] = useState<{
    rows: ReadinessRow[]
    ids: Record<string, boolean>
  }>({ rows, ids: {} })
  const selectedIds = selection.rows === rows ? selection.ids : noSelection
  const setSelectedIds = (ids: Record<string, boolean>) => setSelection({ rows, ids })
  const [switching, setSwitching] = useState<ReadinessRow[] | null>(null)
  const selected = rows.filter((row) => selectedIds[rowId(row)])
  const tableOptions = useMemo(() => ({ getRowId: rowId }), [])
  return (
    <div>
      <div className="cockpit__toolbar">
        <Title level="H3" size="H5">
          {t('worklist.title', formatNumber(rows.length))}
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
        reactTableOptions={tableOptions}
        selectionMode="Multiple"
        selectedRowIds={selectedIds}
        onRowSelect={(event) => setSelectedIds(event.detail.selectedRowIds)}
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
