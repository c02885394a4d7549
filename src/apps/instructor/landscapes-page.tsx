import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Button, Label, MessageStrip, Option, Select } from '@ui5/webcomponents-react'
import { useEffect, useState } from 'react'
import { ApiError } from '../../api/api-error'
import type { LandscapeSummary } from '../../api/contracts/admin'
import { instructorMutations, landscapesQuery } from '../../api/instructor'
import { ConfirmBox } from '../../ui/confirm-box'
import { LoadError } from '../../ui/errors/load-error'
import { formatNumber } from '../../ui/format'
import { FilterBar } from '../../ui/list/filter-bar'
import { ListReportPage } from '../../ui/list/list-report-page'
import { TableToolbar } from '../../ui/list/table-toolbar'
import { AdvanceAllDialog } from './advance-all-dialog'
import { useAppTexts } from './i18n/texts'
import { LandscapeTable } from './landscape-table'
import { NewLandscapeDialog } from './new-landscape-dialog'
import { ResetDialog } from './reset-dialog'

/** Trainees work while the instructor watches: the list follows their activity without a reload. */
const refreshEveryMs = 5_000

/** True for the server's "your token is wrong" (401): the page asks for the token again. */
const isRefusedToken = (error: unknown) => error instanceof ApiError && error.status === 401

/** The list report of the server's landscapes, with the class filter and the instructor's actions. */
export function LandscapesPage({
  onSignOut,
  onRejected,
}: {
  onSignOut: () => void
  onRejected: () => void
}) {
  const t = useAppTexts()
  const client = useQueryClient()
  const list = useQuery({ ...landscapesQuery(), refetchInterval: refreshEveryMs })
  const removal = useMutation(instructorMutations.remove(client))
  const [className, setClassName] = useState('')
  const [creating, setCreating] = useState(false)
  const [advancing, setAdvancing] = useState(false)
  const [resetting, setResetting] = useState<LandscapeSummary | undefined>()
  const [deleting, setDeleting] = useState<LandscapeSummary | undefined>()
  const [notice, setNotice] = useState<string | undefined>()

  const refused = isRefusedToken(list.error) || isRefusedToken(removal.error)
  useEffect(() => {
    if (refused) onRejected()
  }, [refused, onRejected])

  const all = list.data ?? []
  const classes = [...new Set(all.flatMap((landscape) => landscape.class ?? []))].sort()
  const rows = className ? all.filter((landscape) => landscape.class === className) : all

  return (
    <ListReportPage
      title={t('page.title')}
      filters={
        <FilterBar label={t('filters.label')}>
          <div className="filter-bar__item">
            <Label for="instructor-class">{t('filter.class')}</Label>
            <Select
              id="instructor-class"
              accessibleName={t('filter.class')}
              onChange={(event) =>
                setClassName(event.detail.selectedOption.getAttribute('data-value') ?? '')
              }
            >
              <Option data-value="" selected={className === ''}>
                {t('filter.allClasses')}
              </Option>
              {classes.map((name) => (
                <Option key={name} data-value={name} selected={className === name}>
                  {name}
                </Option>
              ))}
            </Select>
          </div>
        </FilterBar>
      }
      overlays={
        <>
          <NewLandscapeDialog
            open={creating}
            defaultClass={className}
            onClose={(created) => {
              setCreating(false)
              if (created) setNotice(t('new.created', created.url))
            }}
            onRejected={onRejected}
          />
          {className && (
            <AdvanceAllDialog
              open={advancing}
              className={className}
              onClose={() => setAdvancing(false)}
              onRejected={onRejected}
            />
          )}
          {resetting && (
            <ResetDialog
              landscape={resetting}
              onClose={() => setResetting(undefined)}
              onRejected={onRejected}
            />
          )}
          <ConfirmBox
            open={deleting !== undefined}
            title={t('delete.title')}
            action={t('action.delete')}
            onCancel={() => setDeleting(undefined)}
            onConfirm={() => {
              if (deleting) removal.mutate(deleting.id)
              setDeleting(undefined)
            }}
          >
            {t('delete.text', deleting?.id ?? '')}
          </ConfirmBox>
        </>
      }
    >
      {notice && (
        <MessageStrip design="Positive" role="status" onClose={() => setNotice(undefined)}>
          {notice}
        </MessageStrip>
      )}
      {removal.isError && !refused && (
        <MessageStrip design="Negative" role="alert" onClose={() => removal.reset()}>
          {t('delete.failed', removal.error.message)}
        </MessageStrip>
      )}
      {list.isError && !list.data && !refused ? (
        <LoadError
          title={t('list.loadFailed')}
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : (
        <section aria-label={t('page.title')}>
          <TableToolbar title={t('list.tableHeader', formatNumber(rows.length))}>
            <Button design="Transparent" onClick={() => setCreating(true)}>
              {t('action.new')}
            </Button>
            <Button
              design="Transparent"
              disabled={!className}
              tooltip={className ? undefined : t('action.advanceAllHint')}
              onClick={() => setAdvancing(true)}
            >
              {t('action.advanceAll')}
            </Button>
            <Button design="Transparent" onClick={onSignOut}>
              {t('token.change')}
            </Button>
          </TableToolbar>
          {!className && classes.length > 0 && (
            <MessageStrip design="Information" hideCloseButton>
              {t('action.advanceAllHint')}
            </MessageStrip>
          )}
          <LandscapeTable
            rows={rows}
            loading={list.isPending}
            noDataText={className ? t('list.emptyClassText') : t('list.emptyText')}
            onReset={setResetting}
            onDelete={setDeleting}
          />
        </section>
      )}
    </ListReportPage>
  )
}
