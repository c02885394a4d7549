import { Button, IllustratedMessage } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/PageNotFound.js'
import { useNavigate } from 'react-router'

/** A URL that matches no app: say so and lead home, instead of an empty page. */
export function NotFoundPage() {
  const navigate = useNavigate()
  return (
    <IllustratedMessage
      name="PageNotFound"
      titleText="This page does not exist"
      subtitleText="The link may be outdated, or the app it points to is not part of Rotation Lab."
    >
      <Button design="Emphasized" onClick={() => navigate('/')}>
        Go to Home
      </Button>
    </IllustratedMessage>
  )
}
