import { Button, IllustratedMessage } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/ErrorScreen.js'

/**
 * What the user sees when something unexpected breaks: what happened and two ways out.
 * Plain links and `location` (not the router) so that it works even when the router itself failed.
 */
export function ErrorScreen({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error)
  return (
    <div role="alert" style={{ padding: '2rem' }}>
      <IllustratedMessage
        name="ErrorScreen"
        titleText="Something went wrong"
        subtitleText={`Rotation Lab hit an unexpected error: ${message}. Your simulated system is kept; reload the page or go home.`}
      >
        <Button design="Emphasized" onClick={() => window.location.reload()}>
          Reload
        </Button>
        <Button design="Transparent" onClick={() => window.location.assign('#/')}>
          Go to Home
        </Button>
      </IllustratedMessage>
    </div>
  )
}
