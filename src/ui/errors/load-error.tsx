import { Button, IllustratedMessage } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/UnableToLoad.js'
import { useUiTexts } from '../i18n/ui-texts'

interface Props {
  /** What failed to load, e.g. "Could not load the communication arrangements". */
  title: string
  error: Error
  /** Typically the query's refetch. */
  onRetry: () => void
  className?: string
}

/** A failed load says what failed, the API's reason, and offers to try again (Fiori: IllustratedMessage). */
export function LoadError({ title, error, onRetry, className }: Props) {
  const t = useUiTexts()
  return (
    <div role="alert" className={className}>
      <IllustratedMessage name="UnableToLoad" titleText={title} subtitleText={error.message}>
        <Button design="Emphasized" onClick={onRetry}>
          {t('loadError.retry')}
        </Button>
      </IllustratedMessage>
    </div>
  )
}
