import { Button, IllustratedMessage } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/PageNotFound.js'
import { useNavigate } from 'react-router'
import { useUiTexts } from '../i18n/ui-texts'

/** A URL that matches no app: say so and lead home, instead of an empty page. */
export function NotFoundPage() {
  const t = useUiTexts()
  const navigate = useNavigate()
  return (
    <IllustratedMessage
      name="PageNotFound"
      titleText={t('errors.notFound.title')}
      subtitleText={t('errors.notFound.subtitle')}
    >
      <Button design="Emphasized" onClick={() => navigate('/')}>
        {t('errors.goHome')}
      </Button>
    </IllustratedMessage>
  )
}
