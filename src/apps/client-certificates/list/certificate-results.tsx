import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { BusyIndicator, Button, IllustratedMessage, MessageStrip } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/NoData.js'
import '@ui5/webcomponents-fiori/dist/illustrations/NoFilterResults.js'
import { useMemo } from 'react'
import { clientCertificatesQuery, type CertificateFilter } from '../../../api/client-certificates'
import type { ClientCertificateSummary } from '../../../api/contracts/client-certificates'
import { formatNumber } from '../../../ui/format'
import { TableToolbar } from '../../../ui/list/table-toolbar'
import { useShownSelection } from '../../../ui/list/use-shown-selection'
import { useAppTexts } from '../i18n/texts'
import { LoadFailure } from '../shared/load-failure'
import { useDelayedFlag } from '../shared/use-delayed-flag'
import { CertificateTable } from './certificate-table'
import { DeleteCertificatesButton } from './delete-certificates-button'
import { useDeleteCertificates } from './use-delete-certificates'

const idOf = (row: ClientCertificateSummary) => row.id

interface Props {
  filter: CertificateFilter
  onCreate: () => void
  onUploadPkcs12: () => void
}

/** The table with its toolbar (Create, Upload PKCS #12, Delete), or why there are no rows. */
export function CertificateResults({ filter, onCreate, onUploadPkcs12 }: Props) {
  const t = useAppTexts()
  // The previous rows stay while a new search runs, so typing does not blank the table.
  const list = useQuery({ ...clientCertificatesQuery(filter), placeholderData: keepPreviousData })
  const rows = useMemo(() => list.data ?? [], [list.data])
  const selection = useShownSelection(rows, idOf)
  const deletion = useDeleteCertificates(() => selection.setSelected([]))
  const selected = rows.filter((row) => selection.shown.includes(row.id))
  const showBusy = useDelayedFlag(list.isPending)

  if (list.isPending) {
    return showBusy ? (
      <BusyIndicator active className="client-certificates__busy" aria-label={t('list.loading')} />
    ) : null
  }
  if (list.isError)
    return (
      <LoadFailure
        title={t('list.loadFailed')}
        error={list.error}
        onRetry={() => void list.refetch()}
      />
    )
  const filtered = Boolean(filter.search || filter.status || filter.managedBy)
  return (
    <section aria-label={t('list.table')}>
      {deletion.isError && (
        <MessageStrip design="Negative" role="alert" onClose={() => deletion.reset()}>
          {t('list.deleteFailed', deletion.error.message)}
        </MessageStrip>
      )}
      <TableToolbar title={t('list.tableHeader', formatNumber(rows.length))}>
        <Button design="Transparent" onClick={onCreate}>
          {t('action.create')}
        </Button>
        <Button design="Transparent" onClick={onUploadPkcs12}>
          {t('action.uploadPkcs12')}
        </Button>
        <DeleteCertificatesButton selected={selected} deletion={deletion} />
      </TableToolbar>
      {rows.length === 0 ? (
        <IllustratedMessage
          className="client-certificates__message"
          name={filtered ? 'NoFilterResults' : 'NoData'}
          titleText={filtered ? t('list.noMatchTitle') : t('list.emptyTitle')}
          subtitleText={filtered ? t('list.noMatchText') : t('list.emptyText')}
        />
      ) : (
        <CertificateTable
          rows={rows}
          selectedIds={selection.selectedIds}
          onSelect={selection.setSelected}
        />
      )}
    </section>
  )
}
