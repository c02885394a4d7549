import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Button, MessageBox } from '@ui5/webcomponents-react'
import { createPortal } from 'react-dom'
import { useState } from 'react'
import type {
  CommunicationSystem,
  OutboundUser,
} from '../../../api/contracts/communication-systems'
import { queryKeys } from '../../../api/query-keys'
import { useAppTexts } from '../i18n/texts'
import { ConfirmBox } from '../shared/confirm-box'
import { errorText } from '../shared/field-errors'
import { deleteOutboundUser } from '../../../api/communication-systems'

interface Props {
  system: CommunicationSystem
  user: OutboundUser
  onDeleted: (previousVersion: number, written: CommunicationSystem) => void
  onClose: () => void
  /** Set by the Bar it is placed in: a component in a UI5 slot must put the slot on its own element. */
  slot?: string
}

/** Delete in the user dialog, after a confirmation that names the user. */
export function DeleteUserButton({ system, user, onDeleted, onClose, slot }: Props) {
  const t = useAppTexts()
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState(false)
  const deletion = useMutation({
    mutationFn: () => deleteOutboundUser(system.systemId, user.id, system.version),
    onSuccess: (written) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.all })
      onDeleted(system.version, written)
      onClose()
    },
  })
  return (
    <>
      <Button
        slot={slot}
        design="Transparent"
        onClick={() => setConfirming(true)}
        disabled={deletion.isPending}
      >
        {t('action.delete')}
      </Button>
      {createPortal(
        <MessageBox
          open={deletion.isError}
          type="Error"
          titleText={t('user.notDeleted')}
          onClose={() => deletion.reset()}
        >
          {errorText(deletion.error)}
        </MessageBox>,
        document.body,
      )}
      <ConfirmBox
        open={confirming}
        title={t('action.delete')}
        action={t('action.delete')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false)
          deletion.mutate()
        }}
      >
        {t('user.deleteConfirm', user.userName, system.systemId)}
      </ConfirmBox>
    </>
  )
}
