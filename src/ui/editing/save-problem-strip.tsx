import { Button, MessageStrip } from '@ui5/webcomponents-react'
import { useUiTexts } from '../i18n/ui-texts'

interface Props {
  /** Why the last save or delete did not go through, in the app's words; nothing shows without it. */
  text: string | undefined
  /** Given for a conflict (412): the strip offers Reload, never a silent overwrite. */
  onReload?: () => void
}

/** A refused save or delete, said where the user acted; the user's entries stay in the fields. */
export function SaveProblemStrip({ text, onReload }: Props) {
  const t = useUiTexts()
  if (text === undefined) return null
  return (
    <MessageStrip design="Negative" hideCloseButton role="alert">
      {onReload ? `${text} ` : text}
      {onReload && (
        <Button design="Transparent" onClick={onReload}>
          {t('saveProblem.reload')}
        </Button>
      )}
    </MessageStrip>
  )
}
