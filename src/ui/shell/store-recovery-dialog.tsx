import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Bar, Button, Dialog, Text } from '@ui5/webcomponents-react'
import { queryKeys } from '../../api/query-keys'
import { resetSimulation } from '../../api/simulation'
import { useUiTexts } from '../i18n/ui-texts'
import { scenarioTitle } from './scenario-texts'

const defaultScenario = { id: 'before-issuance', title: 'Before issuance' }

/**
 * The saved simulation could not be read (made by an older version, or damaged). The backend never
 * wipes it silently: the user is told and chooses to start over from a scenario. One a *newer*
 * version made is never offered for a reset (the backend refuses it too): only a reload, which brings
 * the newer version once it is deployed. `reason` is the backend's message while the store is
 * unusable (`store-recovery.tsx` mounts this dialog lazily and reads the clock query for it: an
 * observer of its own, mounted on the failed query, would refetch it and hide the dialog during the
 * retries).
 */
export function StoreRecoveryDialog({
  reason,
  newer,
}: {
  reason: string | undefined
  newer: boolean
}) {
  const t = useUiTexts()
  const queryClient = useQueryClient()
  const reset = useMutation({
    mutationFn: () => resetSimulation(defaultScenario.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.all }),
  })
  return (
    <Dialog
      open={reason !== undefined && !reset.isSuccess}
      headerText={t('shell.storeRecovery.title')}
      state="Critical"
      // No way around it: without a usable system every screen would fail.
      onBeforeClose={(event) => event.detail.escPressed && event.preventDefault()}
      footer={
        <Bar
          design="Footer"
          endContent={
            newer ? (
              <Button design="Emphasized" onClick={() => window.location.reload()}>
                {t('shell.storeRecovery.reload')}
              </Button>
            ) : (
              <Button design="Emphasized" onClick={() => reset.mutate()} disabled={reset.isPending}>
                {t('shell.storeRecovery.startOver', scenarioTitle(defaultScenario, t))}
              </Button>
            )
          }
        />
      }
    >
      <Text>{reason}</Text>
      {newer && (
        <div>
          <Text>{t('shell.storeRecovery.newer')}</Text>
        </div>
      )}
      {reset.isError && <Text>{t('shell.storeRecovery.resetFailed', reset.error.message)}</Text>}
    </Dialog>
  )
}
