import {
  Link,
  ObjectStatus,
  type AnalyticalTableColumnDefinition,
  type AnalyticalTableCellInstance as CellInstance,
} from '@ui5/webcomponents-react'
import type { ReadinessRow } from '../../api/contracts/rotation'
import {
  connectionMessage,
  connectionState,
  connectionStatusText,
  predictedMessage,
} from '../../ui/connection/connection-words'
import type { Texts } from '../../ui/i18n/text-bundle'
import {
  communicationSystemHref,
  externalSystemHref,
  outboundUserHref,
} from '../../ui/links/app-links'
import { readinessLabel, readinessState } from '../../ui/words/readiness-words'

const original = (cell: CellInstance) => cell.row.original as ReadinessRow

/** Links go to the apps that own the object: the outbound user dialog, the external system. */
export function worklistColumns(
  t: Texts,
  words: Texts,
  ui: Texts,
): AnalyticalTableColumnDefinition[] {
  return [
    {
      Header: t('column.communicationSystem'),
      accessor: 'systemId',
      Cell: (cell: CellInstance) => (
        <Link
          href={communicationSystemHref(original(cell).systemId)}
          tooltip={original(cell).systemName}
        >
          {original(cell).systemId}
        </Link>
      ),
    },
    {
      Header: t('column.user'),
      accessor: 'userName',
      Cell: (cell: CellInstance) => (
        <Link href={outboundUserHref(original(cell).systemId, original(cell).userId)}>
          {original(cell).userName}
        </Link>
      ),
    },
    {
      Header: t('column.externalSystem'),
      accessor: 'host',
      Cell: (cell: CellInstance) => (
        <Link href={externalSystemHref(original(cell).host)}>{original(cell).host}</Link>
      ),
    },
    { Header: t('column.certificateInUse'), accessor: 'certificateDescription' },
    {
      Header: t('column.readiness'),
      id: 'readiness',
      // Sorting and filtering read the accessor: the label the user sees.
      accessor: (row: Record<string, unknown>) =>
        readinessLabel(ui, (row as ReadinessRow).readiness),
      Cell: (cell: CellInstance) => (
        <ObjectStatus state={readinessState[original(cell).readiness]}>
          {readinessLabel(ui, original(cell).readiness)}
        </ObjectStatus>
      ),
    },
    {
      Header: t('column.today'),
      id: 'today',
      accessor: (row: Record<string, unknown>) =>
        connectionStatusText(words, (row as ReadinessRow).today.status),
      Cell: (cell: CellInstance) => {
        const row = original(cell)
        return (
          <ObjectStatus
            state={connectionState(row.today.status)}
            title={connectionMessage(words, row.today, {
              host: row.host,
              certificate: row.certificateDescription,
            })}
          >
            {connectionStatusText(words, row.today.status)}
          </ObjectStatus>
        )
      },
    },
    {
      Header: t('column.afterRotation'),
      id: 'afterRotation',
      accessor: (row: Record<string, unknown>) =>
        connectionStatusText(words, (row as ReadinessRow).afterRotation.status),
      Cell: (cell: CellInstance) => {
        const row = original(cell)
        return (
          <ObjectStatus
            state={connectionState(row.afterRotation.status)}
            title={predictedMessage(words, row.afterRotation, row.host)}
          >
            {connectionStatusText(words, row.afterRotation.status)}
          </ObjectStatus>
        )
      },
    },
  ]
}

export const rowId = (row: ReadinessRow) => `${row.systemId}/${row.userId}`
