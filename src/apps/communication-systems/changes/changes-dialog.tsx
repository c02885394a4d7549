import { useQuery } from '@tanstack/react-query'
import { Bar, Button, Dialog, Text } from '@ui5/webcomponents-react'
import { AnalyticalTable } from '../../../ui/table/analytical-table'
import { useMemo } from 'react'
import { clientCertificatesQuery } from '../../../api/client-certificates'
import type { ChangeRecord } from '../../../api/contracts/common'
import { formatDate } from '../../../ui/format'
import type { Texts } from '../../../ui/i18n/text-bundle'
import { useAppTexts } from '../i18n/texts'
import { useSystemOutlet } from '../object/outlet-context'
import { LoadError } from '../shared/load-error'
import { column } from '../shared/table-column'
import { systemChangesQuery } from '../../../api/communication-systems'
import { actorText, changeCategoryText, changeFieldText, changeValueText } from './change-texts'
import './changes-dialog.css'

/**
 * Change records name certificates by id. Listed ones are shown by description; a removed one
 * (the old Client Default Expiring after a rotation) can only be named by its id.
 */
function useValueLabel(t: Texts) {
  const certificates = useQuery(clientCertificatesQuery())
  return useMemo(() => {
    const descriptions = new Map((certificates.data ?? []).map((c) => [c.id, c.description]))
    return (record: ChangeRecord, value: string | undefined) => {
      if (value === undefined || value === '') return '–'
      if (record.field !== 'Client Certificate') return changeValueText(t, record.field, value)
      return descriptions.get(value) ?? t('changes.removedCertificate', value)
    }
  }, [certificates.data, t])
}

/** Display Changes: the change documents of the system, newest first, SAP's migration included. */
export function ChangesDialog() {
  const t = useAppTexts()
  const { system, closeDialog } = useSystemOutlet()
  const changes = useQuery(systemChangesQuery(system.systemId))
  const label = useValueLabel(t)
  const rows = changes.data ?? []
  const columns = useMemo(
    () => [
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
      column<ChangeRecord>('category', {
        Header: t('changes.column.category'),
        text: (r) => changeCategoryText(t, r.category),
        width: 220,
      }),
      column<ChangeRecord>('field', {
        Header: t('changes.column.field'),
        text: (r) => changeFieldText(t, r.field),
        width: 130,
      }),
      column<ChangeRecord>('change', {
        Header: t('changes.column.change'),
        text: (r) => (r.field ? `${label(r, r.oldValue)} → ${label(r, r.newValue)}` : ''),
        width: 340,
      }),
      // The backend's description of the change, in its words (English).
      column<ChangeRecord>('message', {
        Header: t('changes.column.message'),
        text: (r) => r.message,
        render: (r) => <Text maxLines={3}>{r.message}</Text>,
      }),
    ],
    [label, t],
  )
  return (
    <Dialog
      open
      className="cs-changes-dialog"
      headerText={t('changes.title', system.systemId)}
      onClose={closeDialog}
      footer={
        <Bar
          design="Footer"
          endContent={<Button onClick={closeDialog}>{t('action.close')}</Button>}
        />
      }
    >
      {changes.isError ? (
        <LoadError
          title={t('changes.loadFailed')}
          error={changes.error}
          onRetry={() => void changes.refetch()}
        />
      ) : (
        <AnalyticalTable
          data={rows}
          columns={columns}
          loading={changes.isPending}
          visibleRows={Math.min(Math.max(rows.length, 1), 8)}
          minRows={1}
          noDataText={t('changes.noData')}
          rowHeight={64}
        />
      )}
    </Dialog>
  )
}
