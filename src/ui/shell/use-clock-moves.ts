import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { AdvanceClockRequest } from '../../api/contracts/clock'
import { advanceClock } from '../../api/clock'
import { queryKeys } from '../../api/query-keys'
import { resetSimulation } from '../../api/simulation'

/**
 * Clock moves and scenario resets. Either can change every resource (certificates, readiness,
 * trust stores), so both refresh everything the screens show.
 */
export function useClockMoves() {
  const queryClient = useQueryClient()
  const refreshAll = () => queryClient.invalidateQueries({ queryKey: queryKeys.all })
  const advance = useMutation({
    mutationFn: (request: AdvanceClockRequest) => advanceClock(request),
    onSuccess: refreshAll,
  })
  const reset = useMutation({
    mutationFn: (scenario: string) => resetSimulation(scenario),
    onSuccess: refreshAll,
  })
  return { advance, reset }
}
