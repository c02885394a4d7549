import {
  Link,
  ObjectStatus,
  type AnalyticalTableColumnDefinition,
  type AnalyticalTableCellInstance as CellInstance,
} from '@ui5/webcomponents-react'
import type { ReadinessRow } from '../../api/contracts/rotation'
import { outcomeState, outcomeText, readinessState } from './readiness-state'

const original = (cell: CellInstance) => cell.row.original as ReadinessRow

/** Links go to the apps that own the object: the outbound user dialog, the external system. */
export const worklistColumns: AnalyticalTableColumnDefinition[] = [
  {
    Header: 'Communication System',
    accessor: 'systemId',
    Cell: (cell: CellInstance) => (
      <Link
        href={`#/CommunicationSystem-maintain/${encodeURIComponent(original(cell).systemId)}`}
        tooltip={original(cell).systemName}
      >
        {original(cell).systemId}
      </Link>
    ),
  },
  {
    Header: 'User',
    accessor: 'userName',
    Cell: (cell: CellInstance) => (
      <Link
        href={`#/CommunicationSystem-maintain/${encodeURIComponent(original(cell).systemId)}/outbound-users/${encodeURIComponent(original(cell).userId)}`}
      >
        {original(cell).userName}
      </Link>
    ),
  },
  {
    Header: 'External System',
    accessor: 'host',
    Cell: (cell: CellInstance) => (
      <Link href={`#/ExternalSystem-maintain/${encodeURIComponent(original(cell).host)}`}>
        {original(cell).host}
      </Link>
    ),
  },
  { Header: 'Certificate in Use', accessor: 'certificateDescription' },
  {
    Header: 'Readiness',
    accessor: 'readiness',
    Cell: (cell: CellInstance) => (
      <ObjectStatus state={readinessState[original(cell).readiness]}>
        {original(cell).readiness}
      </ObjectStatus>
    ),
  },
  {
    Header: 'Today',
    id: 'today',
    accessor: (row: Record<string, unknown>) => outcomeText((row as ReadinessRow).today),
    Cell: (cell: CellInstance) => (
      <ObjectStatus state={outcomeState(original(cell).today)} title={original(cell).today.message}>
        {outcomeText(original(cell).today)}
      </ObjectStatus>
    ),
  },
  {
    Header: 'After Rotation',
    id: 'afterRotation',
    accessor: (row: Record<string, unknown>) => outcomeText((row as ReadinessRow).afterRotation),
    Cell: (cell: CellInstance) => (
      <ObjectStatus
        state={outcomeState(original(cell).afterRotation)}
        title={original(cell).afterRotation.message}
      >
        {outcomeText(original(cell).afterRotation)}
      </ObjectStatus>
    ),
  },
]

export const rowId = (row: ReadinessRow) => `${row.systemId}/${row.userId}`
