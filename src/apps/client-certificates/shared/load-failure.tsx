import { Button, IllustratedMessage } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/UnableToLoad.js'

/** A failed load: what failed, the server's reason, and Retry (the query's refetch). */
export function LoadFailure({ what, error, onRetry }: { what: string; error: Error; onRetry: () => void }) {
  return (
    <div role="alert" className="client-certificates__message">
      <IllustratedMessage name="UnableToLoad" titleText={`${what} could not be loaded`} subtitleText={error.message}>
        <Button design="Emphasized" onClick={onRetry}>
          Retry
        </Button>
      </IllustratedMessage>
    </div>
  )
}
