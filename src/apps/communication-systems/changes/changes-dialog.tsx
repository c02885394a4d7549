import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Bar, Button, Dialog } from '@ui5/webcomponents-react'
import { eventsQuery } from '../../../api/events'
import { useAppTexts } from '../i18n/texts'
import { GrowingTrigger } from '../list/growing-trigger'
import { useGrowing } from '../list/use-growing'
import { LoadError } from '../shared/load-error'
import { ChangeFilterBar } from './change-filter-bar'
import { ChangesTable } from './changes-table'
import { useChangeFilter } from './use-change-filter'
import './changes-dialog.css'

const moreNameKey = 'changes.growing.moreName'

/**
 * Display Changes: the change documents newest first, SAP's migration included, filtered by the
 * backend and fetched a page at a time (a ten-year jump leaves hundreds of thousands). Over every
 * system from the list report; from an object page, over that system.
 */
export function ChangesDialog({ systemId, onClose }: { systemId?: string; onClose: () => void }) {
  const t = useAppTexts()
  const filter = useChangeFilter(systemId)
  const growing = useGrowing(JSON.stringify(filter.query))
  const changes = useQuery({
    ...eventsQuery({ ...filter.query, limit: growing.shown }),
    // Keep the rows while a new filter or page loads; always ask again on opening, as the
    // object page's own edits do not invalidate the change log's key.
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
  const rows = changes.data?.items ?? []
  const noDataText = filter.filtered
    ? t('changes.noData.filtered')
    : systemId
      ? t('changes.noData')
      : t('changes.noData.all')

  return (
    <Dialog
      open
      className="cs-changes-dialog"
      headerText={systemId ? t('changes.title', systemId) : t('changes.title.all')}
      onClose={onClose}
      footer={
        <Bar design="Footer" endContent={<Button onClick={onClose}>{t('action.close')}</Button>} />
      }
    >
      <ChangeFilterBar filter={filter} systemFixed={systemId !== undefined} />
      {changes.isError ? (
        <LoadError
          title={t('changes.loadFailed')}
          error={changes.error}
          onRetry={filter.filtered ? filter.clear : () => void changes.refetch()}
          retryText={filter.filtered ? t('changes.filter.clear') : undefined}
        />
      ) : (
        <>
          <ChangesTable
            rows={rows}
            loading={changes.isPending}
            showSystem={systemId === undefined}
            noDataText={noDataText}
          />
          <GrowingTrigger
            shown={rows.length}
            total={changes.data?.total ?? 0}
            onMore={growing.showMore}
            nameKey={moreNameKey}
          />
        </>
      )}
    </Dialog>
  )
}
