import { useQuery } from '@tanstack/react-query'
import { BusyIndicator } from '@ui5/webcomponents-react'
import { useParams } from 'react-router'
import { ApiError } from '../../../api/api-error'
import { useAppTexts } from '../i18n/texts'
import { LoadError } from '../shared/load-error'
import { communicationSystemQuery } from '../../../api/communication-systems'
import { SystemNotFound } from './system-not-found'
import { SystemObjectPageContent } from './system-object-page-content'

/** `#/CommunicationSystem-maintain/:systemId`: loads the system, then shows its object page. */
export function SystemObjectPage() {
  const t = useAppTexts()
  const systemId = useParams().systemId ?? ''
  const system = useQuery(communicationSystemQuery(systemId))

  if (system.isPending) {
    return (
      <BusyIndicator
        active
        delay={300}
        style={{ width: '100%', marginTop: '4rem' }}
        aria-label={t('object.loading')}
      />
    )
  }
  if (system.isError) {
    if (system.error instanceof ApiError && system.error.status === 404)
      return <SystemNotFound systemId={systemId} />
    return (
      <LoadError
        title={t('object.loadFailed')}
        error={system.error}
        onRetry={() => void system.refetch()}
      />
    )
  }
  // Keyed by system: another system's page starts with a fresh draft, never a neighbour's edit.
  return <SystemObjectPageContent key={systemId} system={system.data} />
}
