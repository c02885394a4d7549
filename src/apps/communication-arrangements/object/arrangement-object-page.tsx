import { useQuery } from '@tanstack/react-query'
import { BusyIndicator, Button, IllustratedMessage } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/NoEntries.js'
import { useNavigate, useParams } from 'react-router'
import { ApiError } from '../../../api/api-error'
import { communicationArrangementQuery } from '../../../api/communication-arrangements'
import { useAppTexts } from '../i18n/texts'
import { communicationArrangementsPath } from '../../../ui/links/app-links'
import { LoadError } from '../../../ui/errors/load-error'
import { ArrangementContent } from './arrangement-content'
import '../communication-arrangements.css'

/** `#/CommunicationArrangement-maintain/:name`: loads the arrangement, then shows its object page. */
export function ArrangementObjectPage() {
  const t = useAppTexts()
  const navigate = useNavigate()
  const name = useParams().name ?? ''
  const arrangement = useQuery(communicationArrangementQuery(name))

  if (arrangement.isPending) {
    return (
      <BusyIndicator
        active
        delay={300}
        style={{ width: '100%', marginTop: '4rem' }}
        aria-label={t('object.loading')}
      />
    )
  }
  if (arrangement.isError) {
    // Deleted, mistyped, an old bookmark: say so and lead back to the list.
    if (arrangement.error instanceof ApiError && arrangement.error.status === 404) {
      return (
        <IllustratedMessage
          name="NoEntries"
          titleText={t('object.notFound.title')}
          subtitleText={t('object.notFound.text', name)}
        >
          <Button design="Emphasized" onClick={() => navigate(communicationArrangementsPath())}>
            {t('action.backToList')}
          </Button>
        </IllustratedMessage>
      )
    }
    return (
      <LoadError
        title={t('object.loadFailed')}
        error={arrangement.error}
        onRetry={() => void arrangement.refetch()}
      />
    )
  }
  // Keyed by name: another arrangement's page starts with a fresh draft, never a neighbour's edit.
  return <ArrangementContent key={name} arrangement={arrangement.data} />
}
