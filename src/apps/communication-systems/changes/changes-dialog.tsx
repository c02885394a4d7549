import { useQuery } from '@tanstack/react-query'
import { AnalyticalTable, Bar, Button, Dialog, Text } from '@ui5/webcomponents-react'
import { useMemo } from 'react'
import { clientCertificatesQuery } from '../../../api/client-certificates'
import type { ChangeRecord } from '../../../api/contracts/common'
import { formatDate } from '../../../ui/format'
import { useSystemOutlet } from '../object/outlet-context'
import { LoadError } from '../shared/load-error'
import { column } from '../shared/table-column'
import { systemChangesQuery } from '../../../api/communication-systems'
import './changes-dialog.css'

/**
 * Change records name certificates by id. Listed ones are shown by description; a removed one
 * (the old Client Default Expiring after a rotation) can only be named by its id.
 */
function useValueLabel() {
  const certificates = useQuery(clientCertificatesQuery())
  return useMemo(() => {
    const descriptions = new Map((certificates.data ?? []).map((c) => [c.id, c.description]))
    return (record: ChangeRecord, value: string | undefined) => {
      if (value === undefined || value === '') return '–'
      if (record.field !== 'Client Certificate') return value
      return descriptions.get(value) ?? `${value} (removed)`
    }
  }, [certificates.data])
}

/** Display Changes: the change documents of the system, newest first, SAP's migration included. */
export function ChangesDialog() {
  const { system, closeDialog } = useSystemOutlet()
  const changes = useQuery(systemChangesQuery(system.systemId))
  const label = useValueLabel()
  const rows = changes.data ?? []
  const columns = useMemo(
    () => [
      column<ChangeRecord>('date', {
        Header: 'Changed At',
        text: (r) => formatDate(r.date),
        width: 120,
      }),
      column<ChangeRecord>('actor', { Header: 'Changed By', text: (r) => r.actor, width: 120 }),
      column<ChangeRecord>('category', { Header: 'Category', text: (r) => r.category, width: 220 }),
      column<ChangeRecord>('field', { Header: 'Field', text: (r) => r.field ?? '', width: 130 }),
      column<ChangeRecord>('change', {
        Header: 'Old Value → New Value',
        text: (r) => (r.field ? `${label(r, r.oldValue)} → ${label(r, r.newValue)}` : ''),
        width: 340,
      }),
      column<ChangeRecord>('message', {
        Header: 'Description',
        text: (r) => r.message,
        render: (r) => <Text maxLines={3}>{r.message}</Text>,
      }),
    ],
    [label],
  )
  return (
    <Dialog
      open
      className="cs-changes-dialog"
      headerText={`Changes of ${system.systemId}`}
      onClose={closeDialog}
      footer={<Bar design="Footer" endContent={<Button onClick={closeDialog}>Close</Button>} />}
    >
      {changes.isError ? (
        <LoadError
          title="The changes could not be loaded"
          error={changes.error}
          onRetry={() => void changes.refetch()}
        />
      ) : (
        <AnalyticalTable
          data={rows}
          columns={columns}
          loading={changes.isPending}
          visibleRows={Math.min(Math.max(rows.length, 1), 8)}
          minRows={1}
          noDataText="No changes recorded for this system."
          rowHeight={64}
        />
      )}
    </Dialog>
  )
}
