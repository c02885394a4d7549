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
import { formatNumber } from '../../ui/format'
import type { Texts } from '../../ui/i18n/text-bundle'
import {
  communicationArrangementHref,
  communicationSystemHref,
  externalSystemHref,
  outboundUserHref,
} from '../../ui/links/app-links'
import {
  readinessExplanation,
  readinessLabel,
  readinessState,
} from '../../ui/words/readiness-words'
import { notInArrangement, type WorklistGrouping } from './worklist-groups'

const original = (cell: CellInstance) => cell.row.original as ReadinessRow

// A group's own row has no user: its cells in the user's columns stay empty.
const noAggregate = () => null

/**
 * Links go to the apps that own the object: the outbound user dialog, the external system, the
 * arrangement. When grouped, a first column holds each group's header: what it is, and its count.
 */
export function worklistColumns(
  t: Texts,
  words: Texts,
  ui: Texts,
  grouping: WorklistGrouping,
): AnalyticalTableColumnDefinition[] {
  const columns: AnalyticalTableColumnDefinition[] = [
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
      Header: t('column.arrangements'),
      id: 'arrangements',
      accessor: (row: Record<string, unknown>) =>
        (row as ReadinessRow).arrangements.join(', ') || '—',
    },
    {
      Header: t('column.readiness'),
      id: 'readiness',
      // Sorting and filtering read the accessor: the label the user sees.
      accessor: (row: Record<string, unknown>) =>
        readinessLabel(ui, (row as ReadinessRow).readiness),
      Cell: (cell: CellInstance) => {
        const row = original(cell)
        return (
          <span className="cockpit__readiness">
            <ObjectStatus
              state={readinessState[row.readiness]}
              title={readinessExplanation(ui, row.readiness)}
            >
              {readinessLabel(ui, row.readiness)}
            </ObjectStatus>
            {row.warning && (
              <ObjectStatus state="Critical" showDefaultIcon title={row.warning.message}>
                {t.count('row.expiresSoon', row.warning.daysLeft)}
              </ObjectStatus>
            )}
          </span>
        )
      },
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
  const grouped = grouping === 'none' ? columns : [groupColumn(t, grouping), ...columns]
  return grouped.map((column) => ({ Aggregated: noAggregate, ...column }))
}

/** The column the table groups by: its value is the row's `group`, shown only in a group's row. */
function groupColumn(
  t: Texts,
  grouping: Exclude<WorklistGrouping, 'none'>,
): AnalyticalTableColumnDefinition {
  return {
    Header: grouping === 'arrangement' ? t('column.arrangement') : t('column.communicationSystem'),
    id: groupColumnId,
    accessor: 'group',
    disableSortBy: true,
    disableFilters: true,
    Cell: (cell: CellInstance) => {
      if (!cell.row.isGrouped) return null
      const value = String(cell.value)
      const count = t('group.count', formatNumber(cell.row.subRows.length))
      if (grouping === 'arrangement' && value === notInArrangement)
        return (
          <span>
            {t('group.noArrangement')} {count}
          </span>
        )
      const href =
        grouping === 'arrangement'
          ? communicationArrangementHref(value)
          : communicationSystemHref(value)
      return (
        <span>
          <Link href={href}>{value}</Link> {count}
        </span>
      )
    },
  }
}

export const groupColumnId = 'group'
