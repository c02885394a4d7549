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
import { defaultCertificatesQuery } from './api/default-certificates'
import { switchUsers } from './api/switch-users'

const CLIENT_DEFAULT = 'Client Default'

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
  const queryClient = useQueryClient()
  const { data: certificates } = useQuery(defaultCertificatesQuery())
  const clientDefault = certificates?.find(
    (certificate) => certificate.description === CLIENT_DEFAULT,
  )
  const toSwitch = rows.filter((row) => row.certificateDescription !== CLIENT_DEFAULT)
  const alreadyDone = rows.length - toSwitch.length
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
      headerText="Switch to Client Default"
      className="switch-dialog"
      onClose={() => onClose(finished)}
      footer={
        <Bar
          design="Footer"
          endContent={
            finished ? (
              <Button design="Emphasized" onClick={() => onClose(true)}>
                Close
              </Button>
            ) : (
              <>
                <Button
                  design="Emphasized"
                  disabled={!clientDefault || toSwitch.length === 0 || run.isPending}
                  onClick={() => run.mutate()}
                >
                  Switch
                </Button>
                <Button onClick={() => onClose(false)}>Cancel</Button>
              </>
            )
          }
        />
      }
    >
      {!finished && (
        <>
          <Text>
            {toSwitch.length === 1 ? '1 user presents' : `${toSwitch.length} users present`}{' '}
            {CLIENT_DEFAULT} from now on.
            {alreadyDone > 0 &&
              ` ${alreadyDone} selected already ${alreadyDone === 1 ? 'uses' : 'use'} it.`}
          </Text>
          {untrusted.length > 0 && (
            <MessageStrip design="Critical" hideCloseButton data-testid="switch-warning">
              {`The external system of ${untrusted.map((row) => `${row.userName} (${row.host})`).join(', ')} does not trust Client Default yet. Switching now breaks the connection today: upload the certificate there first.`}
            </MessageStrip>
          )}
          {!clientDefault && certificates && (
            <MessageStrip design="Negative">
              There is no Client Default certificate to switch to.
            </MessageStrip>
          )}
        </>
      )}
      {run.isError && <MessageStrip design="Negative">{run.error.message}</MessageStrip>}
      {finished && (
        <List accessibleName="Results" headerText="Results" data-testid="switch-results">
          {run.data.map((result) => (
            <ListItemStandard
              key={`${result.systemId}/${result.userId}`}
              text={`${result.systemId} · ${result.userName}`}
              description={result.message}
              additionalText={result.ok ? 'Switched' : 'Failed'}
              additionalTextState={result.ok ? 'Positive' : 'Negative'}
            />
          ))}
        </List>
      )}
    </Dialog>
  )
}
