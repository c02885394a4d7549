import { useQuery } from '@tanstack/react-query'
import { Link, Text } from '@ui5/webcomponents-react'
import { useMemo } from 'react'
import { clientCertificatesQuery } from '../../../api/client-certificates'
import type { ChangeRecord } from '../../../api/contracts/common'
import { formatDate } from '../../../ui/format'
import type { Texts } from '../../../ui/i18n/text-bundle'
import { AnalyticalTable } from '../../../ui/table/analytical-table'
import { useAppTexts } from '../i18n/texts'
import { authenticationTexts } from '../../../ui/words/authentication-words'
import { useTexts } from '../../../ui/i18n/language-context'
import { column } from '../../../ui/table/table-column'
import { changeRecordHref } from './change-record-link'
import { actorText, changeCategoryText, changeFieldText, changeValueText } from './change-texts'

/**
 * Change records name certificates by id. Listed ones are shown by description; a removed one
 * (the old Client Default Expiring after a rotation) can only be named by its id.
 */
function useCertificateName(t: Texts) {
  const certificates = useQuery(clientCertificatesQuery())
  return useMemo(() => {
    const descriptions = new Map((certificates.data ?? []).map((c) => [c.id, c.description]))
    return (id: string) => descriptions.get(id) ?? t('changes.removedCertificate', id)
  }, [certificates.data, t])
}

/** What a record's link says: the System ID, the host, the certificate; a user by its kind. */
function objectText(t: Texts, record: ChangeRecord, certificateName: (id: string) => string) {
  switch (record.category) {
    case 'Client Certificate':
      return certificateName(record.objectId)
    case 'Users for Outbound Communication':
      return t('changes.object.outboundUser')
    case 'Communication System':
    case 'Users for Inbound Communication':
      return record.systemId ?? record.objectId
    default:
      return record.objectId
  }
}

function ObjectLink({ record, text }: { record: ChangeRecord; text: string }) {
  const t = useAppTexts()
  const href = changeRecordHref(record)
  if (!href) return <Text>{text}</Text>
  const name =
    record.systemId && !text.includes(record.systemId) ? `${text} (${record.systemId})` : text
  return (
    <Link href={href} accessibleName={t('changes.link.name', name)}>
      {text}
    </Link>
  )
}

/** The change records as SAP's Display Changes lists them, each linked to its object. */
export function ChangesTable({
  rows,
  loading,
  showSystem,
  noDataText,
}: {
  rows: ChangeRecord[]
  loading: boolean
  /** Over every system (from the list): a System ID column. */
  showSystem: boolean
  noDataText: string
}) {
  const t = useAppTexts()
  const auth = useTexts(authenticationTexts)
  const certificateName = useCertificateName(t)
  const columns = useMemo(() => {
    const value = (record: ChangeRecord, text: string | undefined) => {
      if (text === undefined || text === '') return '–'
      if (record.field === 'Client Certificate') return certificateName(text)
      return changeValueText(t, auth, record.field, text)
    }
    return [
      column<ChangeRecord>('date', {
        Header: t('changes.column.date'),
        text: (r) => formatDate(r.date),
        width: 120,
      }),
      column<ChangeRecord>('actor', {
        Header: t('changes.column.actor'),
        text: (r) => actorText(t, r.actor),
        width: 120,
      }),
      ...(showSystem
        ? [
            column<ChangeRecord>('systemId', {
              Header: t('changes.column.systemId'),
              text: (r) => r.systemId ?? '',
              width: 130,
            }),
          ]
        : []),
      column<ChangeRecord>('category', {
        Header: t('changes.column.category'),
        text: (r) => changeCategoryText(t, r.category),
        width: 200,
      }),
      column<ChangeRecord>('object', {
        Header: t('changes.column.object'),
        text: (r) => objectText(t, r, certificateName),
        render: (r) => <ObjectLink record={r} text={objectText(t, r, certificateName)} />,
        width: 180,
      }),
      column<ChangeRecord>('field', {
        Header: t('changes.column.field'),
        text: (r) => changeFieldText(t, r.field),
        width: 130,
      }),
      column<ChangeRecord>('change', {
        Header: t('changes.column.change'),
        text: (r) => (r.field ? `${value(r, r.oldValue)} → ${value(r, r.newValue)}` : ''),
        width: 300,
      }),
      // The backend's description of the change, in its words (English).
      column<ChangeRecord>('message', {
        Header: t('changes.column.message'),
        text: (r) => r.message,
        render: (r) => <Text maxLines={3}>{r.message}</Text>,
        minWidth: 240,
      }),
    ]
  }, [auth, certificateName, showSystem, t])
  return (
    <AnalyticalTable
      data={rows}
      columns={columns}
      loading={loading}
      visibleRows={Math.min(Math.max(rows.length, 1), 8)}
      minRows={1}
      noDataText={noDataText}
      rowHeight={64}
    />
  )
}
