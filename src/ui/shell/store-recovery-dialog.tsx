import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Bar, Button, Dialog, Text } from '@ui5/webcomponents-react'
import { ApiError } from '../../api/api-error'
import { clockQuery } from '../../api/clock'
import { queryKeys } from '../../api/query-keys'
import { resetSimulation } from '../../api/simulation'

const defaultScenario = 'before-issuance'

/**
 * The saved simulation could not be read (made by an older version, or damaged). The backend never
 * wipes it silently: the user is told and chooses to start over from a scenario.
 */
export function StoreRecoveryDialog() {
  const queryClient = useQueryClient()
  const { error } = useQuery(clockQuery())
  const reset = useMutation({
    mutationFn: () => resetSimulation(defaultScenario),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.all }),
  })
  const unusable = error instanceof ApiError && error.code === 'StoreUnusable'
  return (
    <Dialog
      open={unusable && !reset.isSuccess}
      headerText="Your saved simulation cannot be used"
      state="Critical"
      // No way around it: without a usable system every screen would fail.
      onBeforeClose={(event) => event.detail.escPressed && event.preventDefault()}
      footer={
        <Bar
          design="Footer"
          endContent={
            <Button design="Emphasized" onClick={() => reset.mutate()} disabled={reset.isPending}>
              Start over with “Before issuance”
            </Button>
          }
        />
      }
    >
      <Text>{error?.message}</Text>
      {reset.isError && <Text>Resetting failed: {reset.error.message}</Text>}
    </Dialog>
  )
}
