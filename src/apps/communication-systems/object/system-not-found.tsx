import { Button, IllustratedMessage } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/NoEntries.js'
import { useNavigate } from 'react-router'
import { useAppTexts } from '../i18n/texts'
import { appPath } from '../paths'

/** An unknown System ID (deleted, mistyped, an old bookmark): say so and lead back to the list. */
export function SystemNotFound({ systemId }: { systemId: string }) {
  const t = useAppTexts()
  const navigate = useNavigate()
  return (
    <IllustratedMessage
      name="NoEntries"
      titleText={t('object.notFound.title')}
      subtitleText={t('object.notFound.text', systemId)}
    >
      <Button design="Emphasized" onClick={() => navigate(appPath)}>
        {t('object.notFound.back')}
      </Button>
    </IllustratedMessage>
  )
}
