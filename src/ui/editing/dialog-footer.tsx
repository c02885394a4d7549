import { Bar, Button } from '@ui5/webcomponents-react'

interface Props {
  /** The confirming action's verb, e.g. "Create" or "Upload". */
  action: string
  /** The other button's text: "Cancel", or "Close" where the dialog shows results after the action. */
  dismiss: string
  busy: boolean
  disabled?: boolean
  onConfirm: () => void
  onDismiss: () => void
  /** Set by the Dialog on the element it gets as `footer`: passed on, or the bar lands in the content. */
  slot?: string
}

/** The footer of a dialog that does one thing: the named action (emphasized), then Cancel or Close. */
export function DialogFooter({
  action,
  dismiss,
  busy,
  disabled,
  onConfirm,
  onDismiss,
  slot,
}: Props) {
  return (
    <Bar
      slot={slot}
      design="Footer"
      endContent={
        <>
          <Button
            design="Emphasized"
            loading={busy}
            disabled={disabled || busy}
            onClick={onConfirm}
          >
            {action}
          </Button>
          <Button design="Transparent" onClick={onDismiss}>
            {dismiss}
          </Button>
        </>
      }
    />
  )
}
