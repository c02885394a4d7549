import { Button, IllustratedMessage, MessageStrip } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/UnableToLoad.js'
import { useAppTexts } from '../i18n/texts'
import { errorText } from './field-errors'

interface Props {
  title: string
  error: unknown
  onRetry: () => void
  retryText?: string
  /** A strip above content that stays, instead of a page-filling illustration. */
  inline?: boolean
}

/** A failed load says what failed, why, and offers to try again (Fiori: IllustratedMessage). */
export function LoadError({ title, error, onRetry, retryText, inline }: Props) {
  const t = useAppTexts()
  if (inline) {
    return (
      <MessageStrip design="Negative" onClose={onRetry}>
        {`${title}: ${errorText(error)}`}
      </MessageStrip>
    )
  }
  return (
    <IllustratedMessage name="UnableToLoad" titleText={title} subtitleText={errorText(error)}>
      <Button design="Emphasized" onClick={onRetry}>
        {retryText ?? t('action.retry')}
      </Button>
    </IllustratedMessage>
  )
}
