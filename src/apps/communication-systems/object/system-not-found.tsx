import { Button, IllustratedMessage } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/NoEntries.js'
import { useNavigate } from 'react-router'
import { appPath } from '../paths'

/** An unknown System ID (deleted, mistyped, an old bookmark): say so and lead back to the list. */
export function SystemNotFound({ systemId }: { systemId: string }) {
  const navigate = useNavigate()
  return (
    <IllustratedMessage
      name="NoEntries"
      titleText="Communication system not found"
      subtitleText={`There is no communication system "${systemId}". It may have been deleted, or the link is outdated.`}
    >
      <Button design="Emphasized" onClick={() => navigate(appPath)}>
        Go to Communication Systems
      </Button>
    </IllustratedMessage>
  )
}
