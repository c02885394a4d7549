import { Button, Toast } from '@ui5/webcomponents-react'
import { useState } from 'react'
import type { ClientCertificateSummary } from '../../../api/contracts/client-certificates'
import { ConfirmBox } from '../../../ui/confirm-box'
import { useAppTexts } from '../i18n/texts'
import type { useDeleteCertificates } from './use-delete-certificates'

interface Props {
  /** The selected rows still shown. */
  selected: ClientCertificateSummary[]
  /** The page's deletion, whose refusal the page shows above the table. */
  deletion: ReturnType<typeof useDeleteCertificates>
}

/**
 * Delete for the selected customer certificates, after a confirmation that names them. SAP's
 * certificates cannot be deleted: with one of them selected the action is off and says why (Fiori
 * keeps rows selectable and explains the disabled action instead).
 */
export function DeleteCertificatesButton({ selected, deletion }: Props) {
  const t = useAppTexts()
  const [confirming, setConfirming] = useState(false)
  const [toast, setToast] = useState<string>()
  const ofSap = selected.some((row) => row.managedBy === 'SAP')
  const names = selected.map((row) => row.description)

  function confirm() {
    setConfirming(false)
    deletion.mutate(
      selected.map((row) => row.id),
      { onSuccess: () => setToast(t.count('list.deleted', names.length, names[0] ?? '')) },
    )
  }

  return (
    <>
      <Button
        design="Transparent"
        disabled={selected.length === 0 || ofSap || deletion.isPending}
        tooltip={ofSap ? t('list.deleteSapTooltip') : undefined}
        onClick={() => setConfirming(true)}
      >
        {t('action.delete')}
      </Button>
      <ConfirmBox
        open={confirming}
        title={t('action.delete')}
        action={t('action.delete')}
        onCancel={() => setConfirming(false)}
        onConfirm={confirm}
      >
        {t.count('list.deleteConfirm', names.length, names[0] ?? '')}
      </ConfirmBox>
      <Toast open={toast !== undefined} onClose={() => setToast(undefined)} duration={3000}>
        {toast}
      </Toast>
    </>
  )
}
