import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Button } from '@ui5/webcomponents-react'
import { useCallback, useMemo, useState } from 'react'
import { Outlet, useNavigate } from 'react-router'
import { clientCertificatesQuery } from '../../../api/client-certificates'
import { formatNumber } from '../../../ui/format'
import { useAppTexts } from '../i18n/texts'
import { ConfirmBox } from '../../../ui/confirm-box'
import { ListReportPage } from '../../../ui/list/list-report-page'
import { TableToolbar } from '../../../ui/list/table-toolbar'
import { useShownSelection } from '../../../ui/list/use-shown-selection'
import { LoadError } from '../shared/load-error'
import { useToast } from '../shared/use-toast'
import type { ListOutletContext } from '../changes/changes-routes'
import { useDialogNavigation } from '../object/use-dialog-navigation'
import { allChangesPath, appPath, systemPath } from '../paths'
import { communicationSystemsQuery } from '../../../api/communication-systems'
import { CertificateFilterStrip } from './certificate-filter-strip'
import { ListFilters } from './list-filters'
import { NewSystemDialog } from './new-system-dialog'
import { SystemTable, systemIdOf } from './system-table'
import { GrowingTrigger } from './growing-trigger'
import { useDeleteSystems } from './use-delete-systems'
import { useGrowing } from './use-growing'
import { useListFilter } from './use-list-filter'
import './system-list-page.css'

/** The list report: every communication system, filtered by what its outbound users use; Display Changes over all. */
export function SystemListPage() {
  const t = useAppTexts()
  const navigate = useNavigate()
  const filter = useListFilter()
  const growing = useGrowing(JSON.stringify(filter.filter))
  // Keep the rows on screen while a new filter or page loads, so typing does not flash an empty table.
  const systems = useQuery({
    ...communicationSystemsQuery({ ...filter.filter, limit: growing.shown }),
    placeholderData: keepPreviousData,
  })
  const certificates = useQuery(clientCertificatesQuery())
  const rows = useMemo(() => systems.data?.items ?? [], [systems.data])
  const selection = useShownSelection(rows, systemIdOf)
  const selectedShown = selection.shown
  const [creating, setCreating] = useState(false)
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const { toast, show } = useToast()
  const deletion = useDeleteSystems(() => selection.setSelected([]))
  const dialogs = useDialogNavigation(appPath)
  const outletContext: ListOutletContext = { closeDialog: dialogs.closeDialog }

  // Stable, so that the memoised table is not re-rendered by a filter change alone.
  const openSystem = useCallback((systemId: string) => navigate(systemPath(systemId)), [navigate])
  const certificateDescription = certificates.data?.find(
    (c) => c.id === filter.certificate,
  )?.description

  return (
    <ListReportPage
      title={t('list.title')}
      filters={<ListFilters filter={filter} />}
      overlays={
        <>
          <Outlet context={outletContext} />
          <NewSystemDialog open={creating} onClose={() => setCreating(false)} />
          <ConfirmBox
            open={confirmingDelete}
            title={t('action.delete')}
            action={t('action.delete')}
            onCancel={() => setConfirmingDelete(false)}
            onConfirm={() => {
              setConfirmingDelete(false)
              const ids = selectedShown
              deletion.mutate(ids, {
                onSuccess: () => show(t.count('list.deleted', ids.length, ids[0] ?? '')),
              })
            }}
          >
            {t.count('list.deleteConfirm', selectedShown.length, selectedShown[0] ?? '')}
          </ConfirmBox>
          {toast}
        </>
      }
    >
      {filter.certificate && (
        <CertificateFilterStrip
          description={
            certificateDescription ?? (certificates.isPending ? undefined : filter.certificate)
          }
          onClear={() => filter.setFilter('certificate', undefined)}
        />
      )}
      {deletion.isError && (
        <LoadError
          inline
          title={t('list.deleteFailed')}
          error={deletion.error}
          onRetry={() => deletion.reset()}
          retryText={t('action.close')}
        />
      )}
      {systems.isError && !systems.data ? (
        <LoadError
          title={t('list.loadFailed')}
          error={systems.error}
          onRetry={() => void systems.refetch()}
        />
      ) : (
        <section aria-label={t('list.tableLabel')}>
          <TableToolbar title={t('list.tableTitle', formatNumber(systems.data?.total ?? 0))}>
            <Button design="Transparent" onClick={() => setCreating(true)}>
              {t('action.new')}
            </Button>
            <Button
              design="Transparent"
              disabled={selectedShown.length === 0}
              onClick={() => setConfirmingDelete(true)}
            >
              {t('action.delete')}
            </Button>
            <Button design="Transparent" onClick={() => dialogs.openDialog(allChangesPath)}>
              {t('object.displayChanges')}
            </Button>
          </TableToolbar>
          <SystemTable
            rows={rows}
            loading={systems.isFetching && !systems.data}
            noDataText={
              filter.filter.search || filter.certificate || filter.readiness
                ? t('list.noData.filtered')
                : t('list.noData.empty')
            }
            selectedIds={selection.selectedIds}
            onSelect={selection.setSelected}
            onOpen={openSystem}
          />
          <GrowingTrigger
            shown={rows.length}
            total={systems.data?.total ?? 0}
            onMore={growing.showMore}
          />
        </section>
      )}
    </ListReportPage>
  )
}
