import { Bar, Button, Dialog, Text } from '@ui5/webcomponents-react'

/** Asks once before a step that replaces or removes something; Escape and the second button cancel. */
export function ConfirmDialog({
  open,
  title,
  text,
  confirm,
  cancel,
  onConfirm,
  onCancel,
}: {
  open: boolean
  title: string
  text: string
  confirm: string
  cancel: string
  onConfirm: () => void
  onCancel: () => void
}) {
  return (
    <Dialog
      open={open}
      headerText={title}
      state="Critical"
      onClose={onCancel}
      footer={
        <Bar
          design="Footer"
          endContent={
            <>
              <Button design="Emphasized" onClick={onConfirm}>
                {confirm}
              </Button>
              <Button onClick={onCancel}>{cancel}</Button>
            </>
          }
        />
      }
    >
      <Text>{text}</Text>
    </Dialog>
  )
}
