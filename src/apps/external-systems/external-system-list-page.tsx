import { useQuery } from '@tanstack/react-query'
import {
  DynamicPage,
  DynamicPageTitle,
  IllustratedMessage,
  Link,
  Text,
  Title,
  Toolbar,
  ToolbarButton,
  type AnalyticalTableCellInstance as CellInstance,
  type AnalyticalTableColumnDefinition,
} from '@ui5/webcomponents-react'
import { AnalyticalTable } from '../../ui/table/analytical-table'
import { useMemo } from 'react'
import { useNavigate } from 'react-router'
import '@ui5/webcomponents-fiori/dist/illustrations/UnableToLoad.js'
import type { ExternalSystemSummary } from '../../api/contracts/external-systems'
import { externalSystemsQuery } from '../../api/external-systems'
import { useConnectionTexts } from '../../ui/connection/connection-texts'
import { trustModeText } from '../../ui/connection/connection-words'
import { formatNumber } from '../../ui/format'
import type { Texts } from '../../ui/i18n/text-bundle'
import { customerCaPath, externalSystemHref } from '../../ui/links/app-links'
import { capacityText, rejectionText } from './capacity-text'
import { useAppTexts } from './i18n/texts'

const original = (cell: CellInstance) => cell.row.original as ExternalSystemSummary

const listColumns = (t: Texts, words: Texts): AnalyticalTableColumnDefinition[] => [
  {
    Header: t('column.host'),
    accessor: 'host',
    Cell: (cell: CellInstance) => (
      <Link href={externalSystemHref(original(cell).host)}>{original(cell).host}</Link>
    ),
  },
  { Header: t('column.name'), accessor: 'name' },
  {
    Header: t('column.trustMode'),
    id: 'trustMode',
    accessor: (row: Record<string, unknown>) =>
      trustModeText(words, (row as ExternalSystemSummary).trustMode),
  },
  {
    Header: t('column.capacity'),
    id: 'capacity',
    accessor: (row: Record<string, unknown>) =>
      t(capacityText[(row as ExternalSystemSummary).capacity]),
  },
  {
    Header: t('column.rejectionCode'),
    id: 'rejectionCode',
    accessor: (row: Record<string, unknown>) =>
      t(rejectionText[(row as ExternalSystemSummary).rejectionCode]),
  },
  {
    Header: t('column.trustedCertificates'),
    id: 'trusted',
    hAlign: 'End',
    accessor: (row: Record<string, unknown>) => (row as ExternalSystemSummary).trustStore.length,
    Cell: (cell: CellInstance) => formatNumber(original(cell).trustStore.length),
  },
]

/** The external systems the communication systems talk to, by host. */
export function ExternalSystemListPage() {
  const t = useAppTexts()
  const words = useConnectionTexts()
  const columns = useMemo(() => listColumns(t, words), [t, words])
  const { data, error } = useQuery(externalSystemsQuery())
  const navigate = useNavigate()
  return (
    <DynamicPage
      titleArea={
        <DynamicPageTitle
          heading={
            <Title level="H1" size="H3">
              {t('list.title')}
            </Title>
          }
          subheading={<Text>{t('list.subtitle')}</Text>}
          actionsBar={
            <Toolbar design="Transparent">
              <ToolbarButton
                design="Transparent"
                text={t('customerCa.title')}
                onClick={() => void navigate(customerCaPath())}
              />
            </Toolbar>
          }
        />
      }
    >
      {error ? (
        <IllustratedMessage
          name="UnableToLoad"
          titleText={t('list.loadError')}
          subtitleText={error.message}
        />
      ) : (
        <AnalyticalTable
          data-testid="external-system-list"
          columns={columns}
          data={(data as ExternalSystemSummary[] | undefined) ?? []}
          loading={!data}
          visibleRows={15}
          noDataText={t('list.noData')}
        />
      )}
    </DynamicPage>
  )
}
