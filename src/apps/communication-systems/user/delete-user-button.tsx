import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Button, MessageBox } from '@ui5/webcomponents-react'
import { createPortal } from 'react-dom'
import { useState } from 'react'
import { ApiError } from '../../../api/api-error'
import type {
  CommunicationSystem,
  OutboundUser,
} from '../../../api/contracts/communication-systems'
import { queryKeys } from '../../../api/query-keys'
import { useAppTexts } from '../i18n/texts'
import { ConfirmBox } from '../../../ui/confirm-box'
import { errorText } from '../shared/field-errors'
import { deleteOutboundUser } from '../../../api/communication-systems'

interface Props {
  systemId: string
  /** The user as the dialog shows it. */
  user: OutboundUser
  /** The system version the dialog shows: the administrator decides on it, so Delete names it. */
  version: number
  onDeleted: (previousVersion: number, written: CommunicationSystem) => void
  onClose: () => void
  /** Refused with 412: the system changed after the dialog showed it (the dialog offers Reload). */
  onConflict: () => void
  /** Set by the Bar it is placed in: a component in a UI5 slot must put the slot on its own element. */
  slot?: string
}

const isConflict = (error: unknown) => error instanceof ApiError && error.status === 412

/**
 * Delete in the user dialog, after a confirmation that names the user. It sends the version the
 * dialog showed, never the live one: a user changed in another tab meanwhile is not deleted unseen.
 */
export function DeleteUserButton({
  systemId,
  user,
  version,
  onDeleted,
  onClose,
  onConflict,
  slot,
}: Props) {
  const t = useAppTexts()
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState(false)
  const deletion = useMutation({
    mutationFn: (seen: number) => deleteOutboundUser(systemId, user.id, seen),
    onSuccess: (written, seen) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.all })
      onDeleted(seen, written)
      onClose()
    },
    onError: (error) => {
      if (isConflict(error)) onConflict()
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
          open={deletion.isError && !isConflict(deletion.error)}
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
          deletion.mutate(version)
        }}
      >
        {t('user.deleteConfirm', user.userName, systemId)}
      </ConfirmBox>
    </>
  )
}
