import { AnalyticalTable, Button, Title } from '@ui5/webcomponents-react'
import { useMemo, useState } from 'react'
import type { ReadinessReport, ReadinessRow } from '../../api/contracts/rotation'
import { SwitchDialog } from './switch-dialog'
import { rowId, worklistColumns } from './worklist-columns'
import { applyFilter, useWorklistFilter, WorklistFilters } from './worklist-filters'

/** Every certificate-based outbound user with its readiness and outcomes; select users to switch them. */
export function ReadinessWorklist({ report }: { report: ReadinessReport }) {
  const [filter, setFilter] = useWorklistFilter()
  const rows = useMemo(() => applyFilter(report.rows, filter), [report.rows, filter])
  const [selectedIds, setSelectedIds] = useState<Record<string, boolean>>({})
  const [switching, setSwitching] = useState<ReadinessRow[] | null>(null)
  const selected = rows.filter((row) => selectedIds[rowId(row)])
  const tableOptions = useMemo(() => ({ getRowId: rowId }), [])
  return (
    <div>
      <div className="cockpit__toolbar">
        <Title level="H3" size="H5">
          {`Users (${rows.length})`}
        </Title>
        <span className="cockpit__toolbar-spacer" />
        <WorklistFilters filter={filter} onChange={setFilter} />
        <Button
          design="Emphasized"
          disabled={selected.length === 0}
          onClick={() => setSwitching(selected)}
        >
          Switch to Client Default
        </Button>
      </div>
      <AnalyticalTable
        data-testid="readiness-worklist"
        columns={worklistColumns}
        data={rows}
        reactTableOptions={tableOptions}
        selectionMode="Multiple"
        selectedRowIds={selectedIds}
        onRowSelect={(event) => setSelectedIds(event.detail.selectedRowIds)}
        visibleRows={Math.min(15, Math.max(rows.length, 1))}
        minRows={1}
        noDataText={
          report.rows.length === 0
            ? 'No outbound user authenticates with a client certificate.'
            : 'No user matches the filter.'
        }
        scaleWidthMode="Smart"
      />
      {switching && (
        <SwitchDialog
          rows={switching}
          onClose={(done) => {
            setSwitching(null)
            if (done) setSelectedIds({})
          }}
        />
      )}
    </div>
  )
}
