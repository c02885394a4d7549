import { useQuery } from '@tanstack/react-query'
import {
  AnalyticalTable,
  DynamicPage,
  DynamicPageTitle,
  IllustratedMessage,
  Link,
  Text,
  Title,
  type AnalyticalTableCellInstance as CellInstance,
  type AnalyticalTableColumnDefinition,
} from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/UnableToLoad.js'
import type { ExternalSystemSummary } from '../../api/contracts/external-systems'
import { externalSystemsQuery } from '../../api/external-systems'
import { capacityText, rejectionText } from './capacity-text'

const original = (cell: CellInstance) => cell.row.original as ExternalSystemSummary

const columns: AnalyticalTableColumnDefinition[] = [
  {
    Header: 'Host',
    accessor: 'host',
    Cell: (cell: CellInstance) => (
      <Link href={`#/ExternalSystem-maintain/${encodeURIComponent(original(cell).host)}`}>
        {original(cell).host}
      </Link>
    ),
  },
  { Header: 'Name', accessor: 'name' },
  {
    Header: 'Capacity',
    id: 'capacity',
    accessor: (row: Record<string, unknown>) =>
      capacityText[(row as ExternalSystemSummary).capacity],
  },
  {
    Header: 'Rejection Code',
    id: 'rejectionCode',
    accessor: (row: Record<string, unknown>) =>
      rejectionText[(row as ExternalSystemSummary).rejectionCode],
  },
  {
    Header: 'Trusted Certificates',
    id: 'trusted',
    hAlign: 'End',
    accessor: (row: Record<string, unknown>) => (row as ExternalSystemSummary).trustStore.length,
  },
]

/** The external systems the communication systems talk to, by host. */
export function ExternalSystemListPage() {
  const { data, error } = useQuery(externalSystemsQuery())
  return (
    <DynamicPage
      titleArea={
        <DynamicPageTitle
          heading={
            <Title level="H1" size="H3">
              External Systems
            </Title>
          }
          subheading={
            <Text>The simulated servers behind the Host Names of your communication systems</Text>
          }
        />
      }
    >
      {error ? (
        <IllustratedMessage
          name="UnableToLoad"
          titleText="The external systems could not be loaded"
          subtitleText={error.message}
        />
      ) : (
        <AnalyticalTable
          data-testid="external-system-list"
          columns={columns}
          data={(data as ExternalSystemSummary[] | undefined) ?? []}
          loading={!data}
          visibleRows={15}
          noDataText="No external system yet: one appears for each Host Name of a communication system."
        />
      )}
    </DynamicPage>
  )
}
