import {
  Link,
  Text,
  type AnalyticalTableCellInstance,
  type AnalyticalTableColumnDefinition,
} from '@ui5/webcomponents-react'
import { useMemo } from 'react'
import type { ClientCertificate } from '../../../api/contracts/client-certificates'
import type { Texts } from '../../../ui/i18n/text-bundle'
import { communicationArrangementHref } from '../../../ui/links/app-links'
import { AnalyticalTable } from '../../../ui/table/analytical-table'
import { useAppTexts } from '../i18n/texts'
import { UserLink } from './where-used-table'

type ArrangementUsage = ClientCertificate['arrangementUsage'][number]

// The table types its rows as plain records; these are the API's arrangement usage rows.
const usageOf = (row: AnalyticalTableCellInstance['row']) => row.original as ArrangementUsage

function ArrangementLink({ row }: AnalyticalTableCellInstance) {
  const { name } = usageOf(row)
  return <Link href={communicationArrangementHref(name)}>{name}</Link>
}

function ScenarioCell({ row }: AnalyticalTableCellInstance) {
  const { scenarioId, scenarioDescription } = usageOf(row)
  return <Text>{`${scenarioId} – ${scenarioDescription}`}</Text>
}

function columnsIn(t: Texts): AnalyticalTableColumnDefinition[] {
  return [
    {
      Header: t('arrangements.name'),
      id: 'name',
      accessor: 'name',
      width: 240,
      Cell: ArrangementLink,
    },
    {
      Header: t('arrangements.scenario'),
      id: 'scenario',
      accessor: 'scenarioId',
      minWidth: 320,
      Cell: ScenarioCell,
    },
    { Header: t('whereUsed.systemId'), accessor: 'systemId', width: 180 },
    {
      Header: t('whereUsed.user'),
      id: 'userName',
      accessor: 'userName',
      minWidth: 240,
      Cell: UserLink,
    },
  ]
}

/** Usage in communication arrangements: each arrangement whose outbound user presents this certificate. */
export function ArrangementUsageTable({ usage }: { usage: ClientCertificate['arrangementUsage'] }) {
  const t = useAppTexts()
  const columns = useMemo(() => columnsIn(t), [t])
  if (usage.length === 0) return <Text>{t('arrangements.none')}</Text>
  return (
    <AnalyticalTable
      accessibleName={t('objectPage.section.communicationArrangements')}
      columns={columns}
      data={usage}
      minRows={1}
      visibleRows={usage.length}
    />
  )
}
