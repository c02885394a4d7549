import { useQuery } from '@tanstack/react-query'
import { AnalyticalTable, Bar, Button, Dialog } from '@ui5/webcomponents-react'
import type { ChangeRecord } from '../../../api/contracts/common'
import { formatDate } from '../../../ui/format'
import { useSystemOutlet } from '../object/outlet-context'
import { LoadError } from '../shared/load-error'
import { column } from '../shared/table-column'
import { systemChangesQuery } from '../system-api'
import './changes-dialog.css'

const columns = [
  column<ChangeRecord>('date', { Header: 'Changed At', text: (r) => formatDate(r.date), width: 120 }),
  column<ChangeRecord>('actor', { Header: 'Changed By', text: (r) => r.actor, width: 130 }),
  column<ChangeRecord>('category', { Header: 'Category', text: (r) => r.category, width: 230 }),
  column<ChangeRecord>('field', { Header: 'Field', text: (r) => r.field ?? '', width: 150 }),
  column<ChangeRecord>('change', {
    Header: 'Old Value → New Value',
    text: (r) => changeText(r),
    render: (r) => <span title={r.message}>{changeText(r)}</span>,
  }),
]

/** "Client Default Expiring → Client Default"; a record without values says what happened instead. */
function changeText(record: ChangeRecord): string {
  if (record.oldValue === undefined && record.newValue === undefined) return record.message
  return `${record.oldValue ?? '–'} → ${record.newValue ?? '–'}`
}

/** Display Changes: the change documents of the system, newest first, SAP's migration included. */
export function ChangesDialog() {
  const { system, closeDialog } = useSystemOutlet()
  const changes = useQuery(systemChangesQuery(system.systemId))
  const rows = changes.data ?? []
  return (
    <Dialog
      open
      className="cs-changes-dialog"
      headerText={`Changes of ${system.systemId}`}
      onClose={closeDialog}
      footer={<Bar design="Footer" endContent={<Button onClick={closeDialog}>Close</Button>} />}
    >
      {changes.isError ? (
        <LoadError title="The changes could not be loaded" error={changes.error} onRetry={() => void changes.refetch()} />
      ) : (
        <AnalyticalTable
          data={rows}
          columns={columns}
          loading={changes.isPending}
          visibleRows={Math.min(Math.max(rows.length, 3), 12)}
          noDataText="No changes recorded for this system."
          rowHeight={40}
        />
      )}
    </Dialog>
  )
}
