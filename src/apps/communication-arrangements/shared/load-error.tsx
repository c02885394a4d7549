import { Button, IllustratedMessage } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/UnableToLoad.js'
import { useAppTexts } from '../i18n/texts'

/** A failed load says what failed, the API's reason, and offers to try again (Fiori: IllustratedMessage). */
export function LoadError({
  title,
  error,
  onRetry,
}: {
  title: string
  error: Error
  onRetry: () => void
}) {
  const t = useAppTexts()
  return (
    <div role="alert">
      <IllustratedMessage name="UnableToLoad" titleText={title} subtitleText={error.message}>
        <Button design="Emphasized" onClick={onRetry}>
          {t('action.retry')}
        </Button>
      </IllustratedMessage>
    </div>
  )
}
