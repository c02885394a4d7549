import { BusyIndicator, List, ListItemStandard, MessageStrip } from '@ui5/webcomponents-react'
import { useQuery } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { communicationArrangementsQuery } from '../../../api/communication-arrangements'
import { communicationArrangementPath } from '../../../ui/links/app-links'
import { useAppTexts } from '../i18n/texts'

/**
 * The communication arrangements that use this system (SAP shows them with the system): each opens
 * in Communication Arrangements. While one uses the system, the system cannot be deleted.
 */
export function SystemArrangementsList({ systemId }: { systemId: string }) {
  const t = useAppTexts()
  const navigate = useNavigate()
  const arrangements = useQuery(communicationArrangementsQuery({ systemId }))
  if (arrangements.isPending) return <BusyIndicator active delay={300} />
  if (arrangements.isError)
    return (
      <MessageStrip design="Negative" hideCloseButton>
        {t('object.arrangements.loadFailed', arrangements.error.message)}
      </MessageStrip>
    )
  return (
    <List
      accessibleName={t('object.section.arrangements')}
      noDataText={t('object.arrangements.noData')}
      onItemClick={(event) =>
        navigate(communicationArrangementPath(event.detail.item.dataset.name!))
      }
    >
      {arrangements.data.items.map((arrangement) => (
        <ListItemStandard
          key={arrangement.name}
          data-name={arrangement.name}
          type="Navigation"
          description={`${arrangement.scenarioId} – ${arrangement.scenarioDescription}`}
          additionalText={arrangement.outboundUserName ?? ''}
        >
          {arrangement.name}
        </ListItemStandard>
      ))}
    </List>
  )
}
