import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Bar, Button, DatePicker, Dialog, Label, Text, Title } from '@ui5/webcomponents-react'
import { useState, type ReactNode } from 'react'
import { ApiError } from '../../api/api-error'
import { exportLandscape } from '../../api/checkpoints'
import type { StorageSummary } from '../../api/contracts/storage'
import { queryKeys } from '../../api/query-keys'
import { resetSimulation } from '../../api/simulation'
import { clearChangeRecords, storageQuery } from '../../api/storage'
import { formatDate, formatNumber } from '../format'
import { useUiTexts } from '../i18n/ui-texts'
import { StatusNotice, type Notice } from '../status-notice'
import { saveFile } from '../save-file'
import { scenarioTitle } from './scenario-texts'
import './storage-full-dialog.css'

const defaultScenario = { id: 'before-issuance', title: 'Before issuance' }

/**
 * The browser had no room to save the last change (507 StorageFull): nothing of it was kept, and the
 * simulation still reads. Three ways to make room, mildest first: keep a copy in a file, clear old
 * change records (the part that grows with every rotation), or start over.
 */
export function StorageFullDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useUiTexts()
  const queryClient = useQueryClient()
  const { data: storage } = useQuery({ ...storageQuery(), enabled: open })
  const [notice, setNotice] = useState<Notice | null>(null)
  const [before, setBefore] = useState<string | undefined>(undefined)
  const suggested = storage ? yearBefore(storage.today) : ''
  const cut = before ?? suggested
  const refreshAll = () => queryClient.invalidateQueries({ queryKey: queryKeys.all })
  const failed = (error: Error) => setNotice({ design: 'Negative', text: error.message })

  const download = useMutation({
    mutationFn: exportLandscape,
    onSuccess: ({ blob, fileName }) => {
      saveFile(blob, fileName ?? 'rotation-lab-landscape.json')
      setNotice({ design: 'Positive', text: t('storageFull.exported') })
    },
    onError: failed,
  })
  const clear = useMutation({
    mutationFn: clearChangeRecords,
    onSuccess: async ({ removed, kept }) => {
      setNotice({
        design: 'Positive',
        text: t('storageFull.cleared', formatNumber(removed), formatNumber(kept)),
      })
      await refreshAll()
    },
    onError: failed,
  })
  const reset = useMutation({
    mutationFn: () => resetSimulation(defaultScenario.id),
    onSuccess: async () => {
      await refreshAll()
      onClose()
    },
    onError: failed,
  })
  const busy = download.isPending || clear.isPending || reset.isPending
  const dateError = clear.error instanceof ApiError ? clear.error.fieldMessage('before') : undefined

  return (
    <Dialog
      open={open}
      headerText={t('storageFull.title')}
      state="Critical"
      className="storage-full"
      onClose={onClose}
      footer={
        <Bar
          design="Footer"
          endContent={<Button onClick={onClose}>{t('storageFull.close')}</Button>}
        />
      }
    >
      <Text>{t('storageFull.intro')}</Text>
      {storage && (
        <Text className="storage-full__figures" data-testid="storage-figures">
          {storageFigures(storage, t)}
        </Text>
      )}
      <StatusNotice notice={notice} className="storage-full__notice" />
      <WayOut
        name="export"
        title={t('storageFull.export.title')}
        text={t('storageFull.export.text')}
      >
        <Button disabled={busy} onClick={() => download.mutate()}>
          {t('storageFull.export')}
        </Button>
      </WayOut>
      <WayOut name="clear" title={t('storageFull.clear.title')} text={t('storageFull.clear.text')}>
        <Label for="storage-full-before">{t('storageFull.clear.before')}</Label>
        <DatePicker
          id="storage-full-before"
          accessibleName={t('storageFull.clear.before')}
          valueFormat="yyyy-MM-dd"
          displayFormat="medium"
          maxDate={storage?.today}
          placeholder={t('timeTravel.date.placeholder', formatDate(suggested || '2027-01-01'))}
          value={cut}
          valueState={dateError ? 'Negative' : 'None'}
          valueStateMessage={dateError ? <div>{dateError}</div> : undefined}
          onChange={(event) => setBefore(event.detail.value)}
        />
        <Button disabled={busy || cut === ''} onClick={() => clear.mutate(cut)}>
          {t('storageFull.clear')}
        </Button>
      </WayOut>
      <WayOut name="reset" title={t('storageFull.reset.title')} text={t('storageFull.reset.text')}>
        <Button design="Negative" disabled={busy} onClick={() => reset.mutate()}>
          {t('shell.storeRecovery.startOver', scenarioTitle(defaultScenario, t))}
        </Button>
      </WayOut>
    </Dialog>
  )
}

/** One way to make room: a titled section with what it does and its controls in a row. */
function WayOut({
  name,
  title,
  text,
  children,
}: {
  name: string
  title: string
  text: string
  children: ReactNode
}) {
  const titleId = `storage-full-${name}`
  return (
    <section className="storage-full__way" aria-labelledby={titleId}>
      <Title level="H3" size="H5" id={titleId}>
        {title}
      </Title>
      <Text>{text}</Text>
      <div className="storage-full__row">{children}</div>
    </section>
  )
}

/** "1,234 change records since Feb 1, 2027 · 12.5 MB of 300 MB used" (the parts that are known). */
function storageFigures(storage: StorageSummary, t: ReturnType<typeof useUiTexts>): string {
  const parts = [
    storage.oldestChangeDate
      ? t(
          'storageFull.records',
          formatNumber(storage.changeRecords),
          formatDate(storage.oldestChangeDate),
        )
      : t('storageFull.noRecords'),
  ]
  if (storage.usageBytes !== null && storage.quotaBytes !== null) {
    parts.push(t('storageFull.usage', megabytes(storage.usageBytes), megabytes(storage.quotaBytes)))
  }
  return parts.join(' · ')
}

const megabytes = (bytes: number) => formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)

/** The same calendar day a year earlier (Feb 29 becomes Mar 1): a suggestion the user can change. */
function yearBefore(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year - 1, month - 1, day)).toISOString().slice(0, 10)
}
