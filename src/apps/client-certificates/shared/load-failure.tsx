import { Button, IllustratedMessage } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/UnableToLoad.js'
import { useAppTexts } from '../i18n/texts'

/** A failed load: what failed (`title`), the server's reason, and Retry (the query's refetch). */
export function LoadFailure({
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
    <div role="alert" className="client-certificates__message">
      <IllustratedMessage name="UnableToLoad" titleText={title} subtitleText={error.message}>
        <Button design="Emphasized" onClick={onRetry}>
          {t('loadFailure.retry')}
        </Button>
      </IllustratedMessage>
    </div>
  )
}
