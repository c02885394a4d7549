import { useQueryClient } from '@tanstack/react-query'
import { Bar, Button, Dialog, IllustratedMessage } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/NoEntries.js'
import { useParams } from 'react-router'
import { useAppTexts } from '../i18n/texts'
import { useSystemOutlet } from '../object/outlet-context'
import { communicationSystemQuery } from '../../../api/communication-systems'
import { OutboundUserDialog } from './outbound-user-dialog'

/** Loads the system again (after a 412 the dialog's Reload shows what changed meanwhile). */
function useReloadSystem(systemId: string) {
  const queryClient = useQueryClient()
  return () =>
    void queryClient.refetchQueries({
      queryKey: communicationSystemQuery(systemId).queryKey,
      exact: true,
    })
}

/** `…/outbound-users/:userId`: the dialog of that user, also after a reload or from another app's link. */
export function OutboundUserDialogRoute() {
  const userId = useParams().userId ?? ''
  const { system, closeDialog, onSystemWritten } = useSystemOutlet()
  const reload = useReloadSystem(system.systemId)
  const user = system.outboundUsers.find((u) => u.id === userId)
  if (!user)
    return <UnknownUserDialog userId={userId} systemId={system.systemId} onClose={closeDialog} />
  return (
    <OutboundUserDialog
      // A different user (or a reloaded one) starts from its own saved values.
      key={user.id}
      system={system}
      user={user}
      onClose={closeDialog}
      onSaved={onSystemWritten}
      onReload={reload}
    />
  )
}

/** `…/outbound-users/new`: the same dialog, empty. */
export function NewOutboundUserDialog() {
  const { system, closeDialog, onSystemWritten } = useSystemOutlet()
  const reload = useReloadSystem(system.systemId)
  return (
    <OutboundUserDialog
      system={system}
      user={undefined}
      onClose={closeDialog}
      onSaved={onSystemWritten}
      onReload={reload}
    />
  )
}

function UnknownUserDialog({
  userId,
  systemId,
  onClose,
}: {
  userId: string
  systemId: string
  onClose: () => void
}) {
  const t = useAppTexts()
  return (
    <Dialog
      open
      headerText={t('user.notFound.title')}
      onClose={onClose}
      footer={
        <Bar design="Footer" endContent={<Button onClick={onClose}>{t('action.close')}</Button>} />
      }
    >
      <IllustratedMessage
        name="NoEntries"
        titleText={t('user.notFound.title')}
        subtitleText={t('user.notFound.text', systemId, userId)}
      />
    </Dialog>
  )
}
