import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Bar, Button, Dialog, Text, Title } from '@ui5/webcomponents-react'
import { useState } from 'react'
import {
  checkpointsQuery,
  deleteCheckpoint,
  exportLandscape,
  importLandscape,
  restoreCheckpoint,
} from '../../api/checkpoints'
import type { CheckpointSummary } from '../../api/contracts/checkpoints'
import { queryKeys } from '../../api/query-keys'
import { formatDate, formatNumber } from '../format'
import { useUiTexts } from '../i18n/ui-texts'
import { StatusNotice, type Notice } from '../status-notice'
import { saveFile } from '../save-file'
import { CheckpointList } from './checkpoint-list'
import { ConfirmDialog } from './confirm-dialog'
import { LandscapeFileSection } from './landscape-file-section'
import { SaveCheckpointForm } from './save-checkpoint-form'
import './checkpoints-dialog.css'

type Pending = { action: 'restore' | 'delete'; checkpoint: CheckpointSummary }

/**
 * Checkpoints: save the whole simulation under a name, restore or delete a saved one (each asks
 * first), and export the landscape to a file or import one. One message line reports the outcome.
 */
export function CheckpointsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useUiTexts()
  const queryClient = useQueryClient()
  const { data } = useQuery({ ...checkpointsQuery(), enabled: open })
  const [notice, setNotice] = useState<Notice | null>(null)
  const [pending, setPending] = useState<Pending | null>(null)
  const refreshAll = () => queryClient.invalidateQueries({ queryKey: queryKeys.all })
  const failed = (error: Error) => setNotice({ design: 'Negative', text: error.message })

  const restore = useMutation({
    mutationFn: restoreCheckpoint,
    onSuccess: async ({ name, clock }) => {
      setNotice({
        design: 'Positive',
        text: t('checkpoints.restored', name, formatDate(clock.today)),
      })
      await refreshAll()
    },
    onError: failed,
  })
  const remove = useMutation({
    mutationFn: deleteCheckpoint,
    onSuccess: async (_, name) => {
      setNotice({ design: 'Positive', text: t('checkpoints.deleted', name) })
      await refreshAll()
    },
    onError: failed,
  })
  const download = useMutation({
    mutationFn: exportLandscape,
    onSuccess: ({ blob, fileName }) => saveFile(blob, fileName ?? 'rotation-lab-landscape.json'),
    onError: failed,
  })
  const upload = useMutation({
    mutationFn: importLandscape,
    onSuccess: async (answer) => {
      setNotice({
        design: 'Positive',
        text: t(
          'checkpoints.imported',
          formatNumber(answer.systemCount),
          formatDate(answer.clock.today),
          formatNumber(answer.reissuedCertificates),
        ),
      })
      await refreshAll()
    },
    onError: (error) =>
      setNotice({ design: 'Negative', text: t('checkpoints.importRefused', error.message) }),
  })
  const busy = restore.isPending || remove.isPending || upload.isPending

  const confirm = () => {
    if (!pending) return
    setPending(null)
    setNotice(null)
    if (pending.action === 'restore') restore.mutate(pending.checkpoint.name)
    else remove.mutate(pending.checkpoint.name)
  }
  const items = data?.items ?? []
  return (
    <Dialog
      open={open}
      headerText={t('checkpoints.title')}
      className="checkpoints"
      onClose={() => {
        setNotice(null)
        onClose()
      }}
      footer={
        <Bar
          design="Footer"
          endContent={<Button onClick={onClose}>{t('checkpoints.close')}</Button>}
        />
      }
    >
      <StatusNotice notice={notice} className="checkpoints__notice" testId="checkpoints-notice" />
      <section className="checkpoints__section" aria-labelledby="checkpoints-saved">
        <Title level="H3" size="H5" id="checkpoints-saved">
          {t('checkpoints.saved.title')}
        </Title>
        <Text>{t('checkpoints.intro', data?.limit ?? 20)}</Text>
        <SaveCheckpointForm
          onSaved={(name) => setNotice({ design: 'Positive', text: t('checkpoints.saved', name) })}
        />
        <CheckpointList
          items={items}
          busy={busy}
          onRestore={(checkpoint) => setPending({ action: 'restore', checkpoint })}
          onDelete={(checkpoint) => setPending({ action: 'delete', checkpoint })}
        />
      </section>
      <LandscapeFileSection
        busy={busy || download.isPending}
        onExport={() => {
          setNotice(null)
          download.mutate()
        }}
        onImport={(file) => {
          setNotice(null)
          upload.mutate(file)
        }}
      />
      <ConfirmDialog
        open={pending !== null}
        title={t(
          pending?.action === 'delete'
            ? 'checkpoints.delete.confirmTitle'
            : 'checkpoints.restore.confirmTitle',
          pending?.checkpoint.name ?? '',
        )}
        text={
          !pending
            ? ''
            : pending.action === 'delete'
              ? t('checkpoints.delete.confirmText')
              : t('checkpoints.restore.confirmText', formatDate(pending.checkpoint.simulatedDate))
        }
        confirm={t(pending?.action === 'delete' ? 'checkpoints.delete' : 'checkpoints.restore')}
        cancel={t('checkpoints.cancel')}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      />
    </Dialog>
  )
}
