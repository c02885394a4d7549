import { useQueries, useQuery } from '@tanstack/react-query'
import {
  AnalyticalTable,
  MessageStrip,
  ObjectStatus,
  ProgressIndicator,
  type AnalyticalTableColumnDefinition,
  type AnalyticalTableCellInstance as CellInstance,
} from '@ui5/webcomponents-react'
import { useMemo } from 'react'
import type { ReadinessReport } from '../../api/contracts/rotation'
import { formatDate } from '../../ui/format'
import { externalSystemQuery, externalSystemsQuery } from '../../api/external-systems'
import { defaultCertificatesQuery } from './api/default-certificates'
import { checklist, stepCount, stepsDone, type ChecklistEntry } from './checklist-progress'

// The connection logs come one request per external system; a landscape with more hosts than this
// shows the first two steps only rather than flooding the backend.
const maxLogs = 40

const original = (cell: CellInstance) => cell.row.original as ChecklistEntry
const step = (done: boolean | undefined) => (
  <ObjectStatus
    state={done === undefined ? 'None' : done ? 'Positive' : 'Critical'}
    showDefaultIcon={done !== undefined}
  >
    {done === undefined ? '—' : done ? 'Done' : 'Open'}
  </ObjectStatus>
)
const columns: AnalyticalTableColumnDefinition[] = [
  { Header: 'Communication System', accessor: 'systemId' },
  { Header: 'External System', accessor: 'host' },
  {
    Header: '1. Client Default Exported',
    id: 'exported',
    Cell: (cell: CellInstance) => step(original(cell).exported),
  },
  {
    Header: '2. Uploaded to External System',
    id: 'uploaded',
    Cell: (cell: CellInstance) => step(original(cell).uploaded),
  },
  {
    Header: '3. Users Switched',
    id: 'switched',
    Cell: (cell: CellInstance) => step(original(cell).switched),
  },
  {
    Header: '4. Connection Checked',
    id: 'checked',
    Cell: (cell: CellInstance) => step(original(cell).checked),
  },
  {
    Header: 'Progress',
    id: 'progress',
    Cell: (cell: CellInstance) => (
      <ProgressIndicator
        value={Math.round((stepsDone(original(cell)) / stepCount) * 100)}
        displayValue={`${stepsDone(original(cell))} of ${stepCount}`}
        valueState={stepsDone(original(cell)) === stepCount ? 'Positive' : 'None'}
        accessibleName={`${original(cell).systemId}: ${stepsDone(original(cell))} of ${stepCount} steps done`}
      />
    ),
  },
]

/** The seed's procedure per communication system: export → upload → switch → check. */
export function SystemChecklist({ report }: { report: ReadinessReport }) {
  const { data: externalSystems = [] } = useQuery(externalSystemsQuery())
  const { data: certificates = [] } = useQuery(defaultCertificatesQuery())
  const hosts = useMemo(() => [...new Set(report.rows.map((row) => row.host))], [report.rows])
  const logs = useQueries({
    queries: (hosts.length <= maxLogs ? hosts : []).map((host) => externalSystemQuery(host)),
    combine: (results) =>
      new Map(
        results.flatMap((result) =>
          result.data ? [[result.data.host, result.data] as const] : [],
        ),
      ),
  })
  const clientDefault = certificates.find((certificate) => certificate.description === 'Client Default')
  const entries = useMemo(
    () => checklist(report.rows, externalSystems, logs, clientDefault),
    [report.rows, externalSystems, logs, clientDefault],
  )
  if (report.phase !== 'Overlap') {
    return (
      <MessageStrip hideCloseButton>
        {`Nothing to do until the next Client Default is issued on ${formatDate(report.issuanceDate)}.`}
      </MessageStrip>
    )
  }
  return (
    <>
      <AnalyticalTable
        data-testid="system-checklist"
        columns={columns}
        data={entries}
        visibleRows={Math.min(12, Math.max(entries.length, 1))}
        minRows={1}
      />
    </>
  )
}
