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
import { checklist, stepsDone, type ChecklistEntry } from './checklist-progress'

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
    Header: '1. Uploaded to External System',
    id: 'uploaded',
    Cell: (cell: CellInstance) => step(original(cell).uploaded),
  },
  {
    Header: '2. Users Switched',
    id: 'switched',
    Cell: (cell: CellInstance) => step(original(cell).switched),
  },
  {
    Header: '3. Connection Checked',
    id: 'checked',
    Cell: (cell: CellInstance) => step(original(cell).checked),
  },
  {
    Header: 'Progress',
    id: 'progress',
    Cell: (cell: CellInstance) => (
      <ProgressIndicator
        value={Math.round((stepsDone(original(cell)) / 3) * 100)}
        displayValue={`${stepsDone(original(cell))} of 3`}
        valueState={stepsDone(original(cell)) === 3 ? 'Positive' : 'None'}
        accessibleName={`${original(cell).systemId}: ${stepsDone(original(cell))} of 3 steps done`}
      />
    ),
  },
]

/** The seed's procedure per communication system: upload → switch → check. */
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
  const clientDefaultId = certificates.find(
    (certificate) => certificate.description === 'Client Default',
  )?.id
  const entries = useMemo(
    () => checklist(report.rows, externalSystems, logs, clientDefaultId),
    [report.rows, externalSystems, logs, clientDefaultId],
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
      <MessageStrip hideCloseButton className="cockpit__strip">
        The seed’s first step, exporting Client Default from Maintain Client Certificates, is not
        recorded by the system: it shows here once the certificate is uploaded.
      </MessageStrip>
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
