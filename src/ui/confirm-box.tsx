import { MessageBox, MessageBoxAction } from '@ui5/webcomponents-react'
import type { ReactNode } from 'react'
import { createPortal } from 'react-dom'

interface Props {
  open: boolean
  title: string
  /** The verb of the confirming action, e.g. "Delete" or "Discard". */
  action: string
  children: ReactNode
  onConfirm: () => void
  onCancel: () => void
}

/**
 * A decision that must be acknowledged (Fiori: message box), with the action named, not "OK".
 * Portalled to the body: rendered inside a toolbar slot, a closed box would still take space there.
 */
export function ConfirmBox({ open, title, action, children, onConfirm, onCancel }: Props) {
  return createPortal(
    <MessageBox
      open={open}
      type="Warning"
      titleText={title}
      actions={[action, MessageBoxAction.Cancel]}
      emphasizedAction={action}
      initialFocus={MessageBoxAction.Cancel}
      onClose={(chosen) => (chosen === action ? onConfirm() : onCancel())}
    >
      {children}
    </MessageBox>,
    document.body,
  )
}
