import { Button } from '@ui5/webcomponents-react'
import { lazy, Suspense } from 'react'
import { useUiTexts } from '../i18n/ui-texts'
import { LazyFallbackBoundary } from '../lazy/lazy-fallback-boundary'
import './error-screen.css'

// Lazy: the illustration (~30 kB gzip) is not loaded on every start for a screen that is rarely
// shown. Until it has loaded, or if it cannot be loaded (the error may be a chunk that failed to
// load), the same texts and ways out show without it.
const IllustratedError = lazy(() =>
  import('./illustrated-error').then((m) => ({ default: m.IllustratedError })),
)

/**
 * What the user sees when something unexpected breaks: what happened and two ways out.
 * Plain links and `location` (not the router) so that it works even when the router itself failed.
 * It always renders inside the LanguageProvider (src/main.tsx), whose texts are loaded before the
 * first render; the error's own message is the code's, in English.
 */
export function ErrorScreen({ error }: { error: unknown }) {
  const t = useUiTexts()
  const message = error instanceof Error ? error.message : String(error)
  const title = t('errors.title')
  const subtitle = t('errors.subtitle', message)
  const actions = (
    <>
      <Button design="Emphasized" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </Button>
      <Button design="Transparent" onClick={() => window.location.assign('#/')}>
        {t('errors.goHome')}
      </Button>
    </>
  )
  const plain = (
    <div className="error-screen__plain">
      <p className="error-screen__title">{title}</p>
      <p className="error-screen__subtitle">{subtitle}</p>
      <div className="error-screen__actions">{actions}</div>
    </div>
  )
  return (
    <div role="alert" className="error-screen">
      <LazyFallbackBoundary fallback={plain}>
        <Suspense fallback={plain}>
          <IllustratedError title={title} subtitle={subtitle}>
            {actions}
          </IllustratedError>
        </Suspense>
      </LazyFallbackBoundary>
    </div>
  )
}
