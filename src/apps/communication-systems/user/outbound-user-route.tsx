import { useQueryClient } from '@tanstack/react-query'
import { Bar, Button, Dialog, IllustratedMessage } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/NoEntries.js'
import { useParams } from 'react-router'
import { useAppTexts } from '../i18n/texts'
import { useSystemOutlet } from '../object/outlet-context'
import { communicationSystemQuery } from '../../../api/communication-systems'
import { OutboundUserDialog } from './outbound-user-dialog'

/**
 * Loads the system again, also into the page behind the dialog, and gives it to the dialog: after
 * a 412 its Reload starts the edit from the current version.
 */
function useReloadSystem(systemId: string) {
  const queryClient = useQueryClient()
  return () => queryClient.fetchQuery({ ...communicationSystemQuery(systemId), staleTime: 0 })
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
      // A different user starts from its own saved values; the same one keeps the dialog's edit.
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
