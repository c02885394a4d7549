import { Bar, Button } from '@ui5/webcomponents-react'
import { useAppTexts } from '../i18n/texts'

interface Props {
  /** The confirming action's verb, e.g. "Create" or "Upload". */
  action: string
  busy: boolean
  disabled?: boolean
  onConfirm: () => void
  onCancel: () => void
  /** Set by the Dialog on the element it gets as `footer`: passed on, or the bar lands in the content. */
  slot?: string
}

/** The footer of this app's dialogs: the named action, then Cancel. */
export function DialogFooter({ action, busy, disabled, onConfirm, onCancel, slot }: Props) {
  const t = useAppTexts()
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
          <Button design="Transparent" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
        </>
      }
    />
  )
}
