import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Button, MessageStrip } from '@ui5/webcomponents-react'
import { queryKeys } from '../../../api/query-keys'
import { useAppTexts } from '../i18n/texts'
import { ConnectionResult } from '../../../ui/connection/connection-result'
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
 * The result names the HTTP answer and, in plain words from its reason code, why and what to do.
 */
export function CheckConnection({ systemId, userId, dirty }: Props) {
  const t = useAppTexts()
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
        tooltip={dirty ? t('check.saveFirstTooltip') : undefined}
      >
        {t('check.button')}
      </Button>
      {dirty && <span className="cs-hint">{t('check.saveFirstHint')}</span>}
      {result && !dirty && <ConnectionResult result={result} onClose={() => check.reset()} />}
      {check.isError && (
        <MessageStrip design="Negative" onClose={() => check.reset()} role="alert">
          {t('check.failed', errorText(check.error))}
        </MessageStrip>
      )}
    </div>
  )
}
