import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  Bar,
  Button,
  Dialog,
  List,
  ListItemStandard,
  MessageStrip,
  Text,
} from '@ui5/webcomponents-react'
import { queryKeys } from '../../api/query-keys'
import type { ReadinessRow } from '../../api/contracts/rotation'
import { CLIENT_DEFAULT } from '../../ui/words/certificate-role-words'
import { defaultCertificatesQuery } from './api/default-certificates'
import { switchUsers } from './api/switch-users'
import { useAppTexts } from './i18n/texts'

/**
 * Confirms the bulk switch, warns first where the external system does not trust Client Default yet
 * (the API says Upload pending: switching now breaks the connection today), then lists each row's result.
 */
export function SwitchDialog({
  rows,
  onClose,
}: {
  rows: readonly ReadinessRow[]
  onClose: (done: boolean) => void
}) {
  const t = useAppTexts()
  const queryClient = useQueryClient()
  const { data: certificates } = useQuery(defaultCertificatesQuery())
  const clientDefault = certificates?.find((certificate) => certificate.role === CLIENT_DEFAULT)
  // Users on a customer certificate stay on it: the default rotation is not theirs to follow, and
  // switching them would undo the company's own choice (the API says so with Not affected).
  const onCustomerCertificate = rows.filter((row) => row.readiness === 'Not affected')
  const toSwitch = rows.filter(
    (row) => row.certificateRole !== CLIENT_DEFAULT && row.readiness !== 'Not affected',
  )
  const alreadyDone = rows.length - toSwitch.length - onCustomerCertificate.length
  const untrusted = toSwitch.filter((row) => row.readiness === 'Upload pending')
  const run = useMutation({
    mutationFn: () => switchUsers(queryClient, toSwitch, clientDefault?.id ?? ''),
    // A switch changes readiness, systems, certificate usage: refresh everything.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.all }),
  })
  const finished = run.isSuccess
  return (
    <Dialog
      open
      headerText={t('switch.title')}
      className="switch-dialog"
      onClose={() => onClose(finished)}
      footer={
        <Bar
          design="Footer"
          endContent={
            finished ? (
              <Button design="Emphasized" onClick={() => onClose(true)}>
                {t('switch.close')}
              </Button>
            ) : (
              <>
                <Button
                  design="Emphasized"
                  disabled={!clientDefault || toSwitch.length === 0 || run.isPending}
                  onClick={() => run.mutate()}
                >
                  {t('switch.switch')}
                </Button>
                <Button onClick={() => onClose(false)}>{t('switch.cancel')}</Button>
              </>
            )
          }
        />
      }
    >
      {!finished && (
        <>
          <Text>
            {t.count('switch.users', toSwitch.length, CLIENT_DEFAULT)}
            {alreadyDone > 0 && ` ${t.count('switch.alreadyDone', alreadyDone)}`}
            {onCustomerCertificate.length > 0 &&
              ` ${t.count('switch.leftOnCustomerCertificate', onCustomerCertificate.length)}`}
          </Text>
          {untrusted.length > 0 && (
            <MessageStrip design="Critical" hideCloseButton data-testid="switch-warning">
              {t(
                'switch.warning',
                untrusted.map((row) => t('switch.userAtHost', row.userName, row.host)).join(', '),
              )}
            </MessageStrip>
          )}
          {!clientDefault && certificates && (
            <MessageStrip design="Negative">{t('switch.noClientDefault')}</MessageStrip>
          )}
        </>
      )}
      {run.isError && <MessageStrip design="Negative">{run.error.message}</MessageStrip>}
      {finished && (
        <List
          accessibleName={t('switch.results')}
          headerText={t('switch.results')}
          data-testid="switch-results"
        >
          {run.data.map((result) => (
            <ListItemStandard
              key={`${result.systemId}/${result.userId}`}
              text={`${result.systemId} · ${result.userName}`}
              description={result.ok ? t('switch.switchedMessage') : result.message}
              additionalText={result.ok ? t('switch.switched') : t('switch.failed')}
              additionalTextState={result.ok ? 'Positive' : 'Negative'}
            />
          ))}
        </List>
      )}
    </Dialog>
  )
}
