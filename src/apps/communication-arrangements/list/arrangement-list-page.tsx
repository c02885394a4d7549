import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Button, MessageStrip, Toast } from '@ui5/webcomponents-react'
import { useCallback, useMemo, useState } from 'react'
import { useNavigate } from 'react-router'
import { communicationArrangementsQuery } from '../../../api/communication-arrangements'
import { ConfirmBox } from '../../../ui/confirm-box'
import { formatNumber } from '../../../ui/format'
import { useAppTexts } from '../i18n/texts'
import { communicationArrangementPath } from '../../../ui/links/app-links'
import { LoadError } from '../../../ui/errors/load-error'
import { ListReportPage } from '../../../ui/list/list-report-page'
import { TableToolbar } from '../../../ui/list/table-toolbar'
import { useShownSelection } from '../../../ui/list/use-shown-selection'
import { ArrangementFilters } from './arrangement-filters'
import { ArrangementTable, nameOf } from './arrangement-table'
import { NewArrangementDialog } from './new-arrangement-dialog'
import { useArrangementFilter } from './use-arrangement-filter'
import { useDeleteArrangements } from './use-delete-arrangements'
import '../communication-arrangements.css'

/** The list report: every communication arrangement, with search and filters kept in the URL. */
export function ArrangementListPage() {
  const t = useAppTexts()
  const navigate = useNavigate()
  const filter = useArrangementFilter()
  // Keep the rows on screen while a new filter loads, so typing does not flash an empty table.
  const arrangements = useQuery({
    ...communicationArrangementsQuery(filter.query),
    placeholderData: keepPreviousData,
  })
  const rows = useMemo(() => arrangements.data?.items ?? [], [arrangements.data])
  const selection = useShownSelection(rows, nameOf)
  const selectedShown = selection.shown
  const [creating, setCreating] = useState(false)
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const [toast, setToast] = useState<string>()
  const deletion = useDeleteArrangements(() => selection.setSelected([]))
  const openArrangement = useCallback(
    (name: string) => navigate(communicationArrangementPath(name)),
    [navigate],
  )

  function confirmDelete() {
    setConfirmingDelete(false)
    const names = selectedShown
    deletion.mutate(names, {
      onSuccess: () => setToast(t.count('list.deleted', names.length, names[0] ?? '')),
    })
  }

  return (
    <ListReportPage
      title={t('list.title')}
      filters={<ArrangementFilters filter={filter} />}
      overlays={
        <>
          <NewArrangementDialog open={creating} onClose={() => setCreating(false)} />
          <ConfirmBox
            open={confirmingDelete}
            title={t('action.delete')}
            action={t('action.delete')}
            onCancel={() => setConfirmingDelete(false)}
            onConfirm={confirmDelete}
          >
            {t.count('list.deleteConfirm', selectedShown.length, selectedShown[0] ?? '')}
          </ConfirmBox>
          <Toast open={toast !== undefined} onClose={() => setToast(undefined)} duration={3000}>
            {toast}
          </Toast>
        </>
      }
    >
      {deletion.isError && (
        <MessageStrip design="Negative" onClose={() => deletion.reset()} role="alert">
          {t('list.deleteFailed', deletion.error.message)}
        </MessageStrip>
      )}
      {arrangements.isError && !arrangements.data ? (
        <LoadError
          title={t('list.loadFailed')}
          error={arrangements.error}
          onRetry={() => void arrangements.refetch()}
        />
      ) : (
        <section aria-label={t('list.tableLabel')}>
          <TableToolbar title={t('list.tableTitle', formatNumber(arrangements.data?.total ?? 0))}>
            <Button design="Transparent" onClick={() => setCreating(true)}>
              {t('action.new')}
            </Button>
            <Button
              design="Transparent"
              disabled={selectedShown.length === 0 || deletion.isPending}
              onClick={() => setConfirmingDelete(true)}
            >
              {t('action.delete')}
            </Button>
          </TableToolbar>
          <ArrangementTable
            rows={rows}
            loading={arrangements.isFetching && !arrangements.data}
            noDataText={filter.filtered ? t('list.noData.filtered') : t('list.noData.empty')}
            selectedIds={selection.selectedIds}
            onSelect={selection.setSelected}
            onOpen={openArrangement}
          />
        </section>
      )}
    </ListReportPage>
  )
}
