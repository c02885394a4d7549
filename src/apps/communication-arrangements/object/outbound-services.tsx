import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  Button,
  MessageStrip,
  ObjectStatus,
  Switch,
  Table,
  TableCell,
  TableHeaderCell,
  TableHeaderRow,
  TableRow,
  Text,
} from '@ui5/webcomponents-react'
import { useState } from 'react'
import { checkServiceConnection } from '../../../api/communication-arrangements'
import type {
  ArrangementService,
  CommunicationArrangement,
} from '../../../api/contracts/communication-arrangements'
import type { CheckConnectionResponse } from '../../../api/contracts/communication-systems'
import { queryKeys } from '../../../api/query-keys'
import { ConnectionResult } from '../../../ui/connection/connection-result'
import { useAppTexts } from '../i18n/texts'
import type { ArrangementDraft } from './arrangement-draft'

type Outcome = { result: CheckConnectionResponse } | { error: string }

interface Props {
  arrangement: CommunicationArrangement
  editing: boolean
  draft: ArrangementDraft
  onActive: (serviceId: string, active: boolean) => void
}

/**
 * Outbound Services: each service's status and path, and Check Connection, where SAP has it. The
 * check uses what is saved, so it waits while the page is being edited; an inactive service is not
 * called at all.
 */
export function OutboundServices({ arrangement, editing, draft, onActive }: Props) {
  const t = useAppTexts()
  const queryClient = useQueryClient()
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({})
  const check = useMutation({
    mutationFn: (serviceId: string) => checkServiceConnection(arrangement.name, serviceId),
    onSuccess: (result, serviceId) => setOutcomes((o) => ({ ...o, [serviceId]: { result } })),
    onError: (error, serviceId) =>
      setOutcomes((o) => ({ ...o, [serviceId]: { error: error.message } })),
    // The attempt lands in the external system's access log.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.externalSystems }),
  })
  const forget = (serviceId: string) => setOutcomes(({ [serviceId]: _, ...rest }) => rest)

  if (arrangement.services.length === 0) return <Text>{t('object.noServices')}</Text>

  const shown = arrangement.services.filter((service) => outcomes[service.id])
  return (
    <>
      <Table
        accessibleName={t('object.section.services')}
        headerRow={
          <TableHeaderRow>
            <TableHeaderCell minWidth="14rem">{t('field.serviceName')}</TableHeaderCell>
            <TableHeaderCell minWidth="10rem">{t('field.serviceStatus')}</TableHeaderCell>
            <TableHeaderCell minWidth="12rem">{t('field.path')}</TableHeaderCell>
            <TableHeaderCell minWidth="12rem">{t('field.check')}</TableHeaderCell>
          </TableHeaderRow>
        }
      >
        {arrangement.services.map((service) => (
          <TableRow key={service.id} rowKey={service.id}>
            <TableCell>
              <Text>{service.name}</Text>
            </TableCell>
            <TableCell>
              <ServiceStatus
                service={service}
                editing={editing}
                active={draft.active[service.id] ?? service.active}
                onActive={(active) => onActive(service.id, active)}
              />
            </TableCell>
            <TableCell>
              <Text>{service.kind === 'RFC' ? t('value.rfc') : (service.path ?? '')}</Text>
            </TableCell>
            <TableCell>
              <Button
                accessibleName={t('check.buttonName', service.name)}
                disabled={editing || !service.active || check.isPending}
                tooltip={
                  editing ? t('check.saveFirst') : service.active ? undefined : t('check.inactive')
                }
                onClick={() => check.mutate(service.id)}
              >
                {t('check.button')}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </Table>
      <div className="ca-results" aria-label={t('check.results')} role="group">
        {shown.map((service) => {
          const outcome = outcomes[service.id]
          if (!outcome) return null
          return 'result' in outcome ? (
            <ConnectionResult
              key={service.id}
              label={service.name}
              result={outcome.result}
              onClose={() => forget(service.id)}
            />
          ) : (
            <MessageStrip
              key={service.id}
              design="Negative"
              role="alert"
              onClose={() => forget(service.id)}
            >
              {`${service.name}: ${t('check.failed', outcome.error)}`}
            </MessageStrip>
          )
        })}
      </div>
    </>
  )
}

function ServiceStatus({
  service,
  editing,
  active,
  onActive,
}: {
  service: ArrangementService
  editing: boolean
  active: boolean
  onActive: (active: boolean) => void
}) {
  const t = useAppTexts()
  const text = active ? t('value.active') : t('value.inactive')
  if (!editing)
    return (
      <ObjectStatus state={service.active ? 'Positive' : 'None'} showDefaultIcon={service.active}>
        {text}
      </ObjectStatus>
    )
  return (
    <span className="ca-certificate">
      <Switch
        accessibleName={`${t('field.serviceStatus')} ${service.name}`}
        checked={active}
        onChange={(event) => onActive(event.target.checked)}
      />
      <Text>{text}</Text>
    </span>
  )
}
