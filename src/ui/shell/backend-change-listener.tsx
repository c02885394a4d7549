import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { subscribeToBackendChanges } from '../../api/change-feed'
import { queryKeys } from '../../api/query-keys'

/**
 * Another tab changed the simulated system: refresh everything this tab shows. The backend in this
 * tab reloads the newer revision on the next request, so the refetch sees the other tab's change.
 */
export function BackendChangeListener() {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      subscribeToBackendChanges(
        () => void queryClient.invalidateQueries({ queryKey: queryKeys.all }),
      ),
    [queryClient],
  )
  return null
}
