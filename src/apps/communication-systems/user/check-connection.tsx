import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Button, MessageStrip } from '@ui5/webcomponents-react'
import { queryKeys } from '../../../api/query-keys'
import { connectionStatusText } from '../shared/connection-text'
import { errorText } from '../shared/field-errors'
import { checkConnection } from '../../../api/communication-systems'

interface Props {
  systemId: string
  userId: string
  /** Unsaved dialog changes: the check uses what is saved, so it would answer the wrong question. */
  dirty: boolean
}

/**
 * Check Connection: the external system behind the host answers the user's saved certificate.
 * The result names the HTTP answer and, in plain words from the API, why and what to do.
 */
export function CheckConnection({ systemId, userId, dirty }: Props) {
  const queryClient = useQueryClient()
  const check = useMutation({
    mutationFn: () => checkConnection(systemId, userId),
    // The attempt lands in the external system's access log.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.externalSystems }),
  })
  const result = check.data
  return (
    <div className="cs-check-connection">
      <Button
        onClick={() => check.mutate()}
        disabled={dirty || check.isPending}
        tooltip={dirty ? 'Save your changes first: the check uses the saved settings.' : undefined}
      >
        Check Connection
      </Button>
      {dirty && <span className="cs-hint">Save first: the check uses the saved settings.</span>}
      {result && !dirty && (
        <MessageStrip
          design={result.status === 200 ? 'Positive' : 'Negative'}
          onClose={() => check.reset()}
          role="status"
        >
          <strong>{connectionStatusText(result.status)}</strong>
          {` — ${result.message}`}
        </MessageStrip>
      )}
      {check.isError && (
        <MessageStrip design="Negative" onClose={() => check.reset()} role="alert">
          {`The connection could not be checked: ${errorText(check.error)}`}
        </MessageStrip>
      )}
    </div>
  )
}
