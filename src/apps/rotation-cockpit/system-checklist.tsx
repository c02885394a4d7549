import { useQueries, useQuery } from '@tanstack/react-query'
import {
  MessageStrip,
  ObjectStatus,
  ProgressIndicator,
  type AnalyticalTableColumnDefinition,
  type AnalyticalTableCellInstance as CellInstance,
} from '@ui5/webcomponents-react'
import { AnalyticalTable } from '../../ui/table/analytical-table'
import { useMemo } from 'react'
import type { ReadinessReport } from '../../api/contracts/rotation'
import { formatDate, formatNumber } from '../../ui/format'
import type { Texts } from '../../ui/i18n/text-bundle'
import { CLIENT_DEFAULT } from '../../ui/words/certificate-role-words'
import { externalSystemQuery, externalSystemsQuery } from '../../api/external-systems'
import { defaultCertificatesQuery } from './api/default-certificates'
import { checklist, stepCount, stepsDone, type ChecklistEntry } from './checklist-progress'
import { useAppTexts } from './i18n/texts'

// The connection logs come one request per external system; a landscape with more hosts than this
// shows the first two steps only rather than flooding the backend.
const maxLogs = 40

const original = (cell: CellInstance) => cell.row.original as ChecklistEntry

// The four steps of the seed's procedure, in its order, each a column of done / open.
const stepColumns = [
  { id: 'exported', header: 'checklist.step.exported' },
  { id: 'uploaded', header: 'checklist.step.uploaded' },
  { id: 'switched', header: 'checklist.step.switched' },
  { id: 'checked', header: 'checklist.step.checked' },
] as const

function checklistColumns(t: Texts): AnalyticalTableColumnDefinition[] {
  const step = (done: boolean | undefined) => (
    <ObjectStatus
      state={done === undefined ? 'None' : done ? 'Positive' : 'Critical'}
      showDefaultIcon={done !== undefined}
    >
      {done === undefined ? '—' : done ? t('checklist.done') : t('checklist.open')}
    </ObjectStatus>
  )
  return [
    { Header: t('column.communicationSystem'), accessor: 'systemId' },
    { Header: t('column.externalSystem'), accessor: 'host' },
    ...stepColumns.map(({ id, header }) => ({
      Header: t(header),
      id,
      Cell: (cell: CellInstance) => step(original(cell)[id]),
    })),
    {
      Header: t('checklist.progress'),
      id: 'progress',
      Cell: (cell: CellInstance) => {
        const entry = original(cell)
        const done = stepsDone(entry)
        return (
          <ProgressIndicator
            value={Math.round((done / stepCount) * 100)}
            displayValue={t('checklist.stepsDone', formatNumber(done), formatNumber(stepCount))}
            valueState={done === stepCount ? 'Positive' : 'None'}
            accessibleName={t(
              'checklist.stepsDoneLabel',
              entry.systemId,
              formatNumber(done),
              formatNumber(stepCount),
            )}
          />
        )
      },
    },
  ]
}

/** The seed's procedure per communication system: export → upload → switch → check. */
export function SystemChecklist({ report }: { report: ReadinessReport }) {
  const t = useAppTexts()
  const columns = useMemo(() => checklistColumns(t), [t])
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
  const clientDefault = certificates.find((certificate) => certificate.role === CLIENT_DEFAULT)
  const entries = useMemo(
    () => checklist(report.rows, externalSystems, logs, clientDefault),
    [report.rows, externalSystems, logs, clientDefault],
  )
  if (report.phase !== 'Overlap') {
    return (
      <MessageStrip hideCloseButton>
        {t('checklist.nothingToDo', formatDate(report.issuanceDate))}
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
