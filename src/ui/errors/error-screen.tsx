import { Button, IllustratedMessage } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/ErrorScreen.js'
import { useUiTexts } from '../i18n/ui-texts'

/**
 * What the user sees when something unexpected breaks: what happened and two ways out.
 * Plain links and `location` (not the router) so that it works even when the router itself failed.
 * It always renders inside the LanguageProvider (src/main.tsx), whose texts are loaded before the
 * first render; the error's own message is the code's, in English.
 */
export function ErrorScreen({ error }: { error: unknown }) {
  const t = useUiTexts()
  const message = error instanceof Error ? error.message : String(error)
  return (
    <div role="alert" style={{ padding: '2rem' }}>
      <IllustratedMessage
        name="ErrorScreen"
        titleText={t('errors.title')}
        subtitleText={t('errors.subtitle', message)}
      >
        <Button design="Emphasized" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>
        <Button design="Transparent" onClick={() => window.location.assign('#/')}>
          {t('errors.goHome')}
        </Button>
      </IllustratedMessage>
    </div>
  )
}
