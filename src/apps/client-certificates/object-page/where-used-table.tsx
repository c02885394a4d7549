import {
  Link,
  Text,
  type AnalyticalTableColumnDefinition,
  type AnalyticalTableCellInstance,
} from '@ui5/webcomponents-react'
import { AnalyticalTable } from '../../../ui/table/analytical-table'
import { useMemo } from 'react'
import type { ClientCertificate } from '../../../api/contracts/client-certificates'
import type { Texts } from '../../../ui/i18n/text-bundle'
import { outboundUserHref } from '../../../ui/links/app-links'
import { useAppTexts } from '../i18n/texts'

/** The fields of a where-used row (systems or arrangements) that name its outbound user. */
type UserUsage = Pick<ClientCertificate['usage'][number], 'systemId' | 'userId' | 'userName'>

/** A where-used row's user, linked to its dialog in Communication Systems, where the certificate is changed. */
export function UserLink({ row }: AnalyticalTableCellInstance) {
  // The table types its rows as plain records; these are the API's usage rows.
  const usage = row.original as UserUsage
  const t = useAppTexts()
  return (
    <Link
      href={outboundUserHref(usage.systemId, usage.userId)}
      accessibleName={t('whereUsed.userLink', usage.userName, usage.systemId)}
    >
      {usage.userName}
    </Link>
  )
}

function columnsIn(t: Texts): AnalyticalTableColumnDefinition[] {
  return [
    { Header: t('whereUsed.systemId'), accessor: 'systemId', width: 200 },
    { Header: t('whereUsed.systemName'), accessor: 'systemName', minWidth: 240 },
    {
      // The user is where the certificate is changed, so the link leads straight to it.
      Header: t('whereUsed.user'),
      id: 'userName',
      accessor: 'userName',
      minWidth: 260,
      Cell: UserLink,
    },
  ]
}

/** The where-used list: every outbound user that authenticates with this certificate. */
export function WhereUsedTable({ usage }: { usage: ClientCertificate['usage'] }) {
  const t = useAppTexts()
  const columns = useMemo(() => columnsIn(t), [t])
  if (usage.length === 0) {
    return <Text>{t('whereUsed.none')}</Text>
  }
  return (
    <AnalyticalTable
      accessibleName={t('objectPage.section.communicationSystems')}
      columns={columns}
      data={usage}
      minRows={1}
      visibleRows={usage.length}
    />
  )
}
