import { useQuery, useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useState } from 'react'
import { ApiError } from '../../api/api-error'
import { clockQuery } from '../../api/clock'
import { useOpenedOnce } from '../lazy/use-opened-once'

// Lazy: an unusable or full store is rare; its dialogs' code is loaded when needed.
const StoreRecoveryDialog = lazy(() =>
  import('./store-recovery-dialog').then((m) => ({ default: m.StoreRecoveryDialog })),
)
const StorageFullDialog = lazy(() =>
  import('./storage-full-dialog').then((m) => ({ default: m.StorageFullDialog })),
)

/**
 * Mounts the recovery dialogs: one once the backend reports that the saved simulation is unusable
 * (on the clock, which every screen shows), one whenever a change could not be saved for lack of
 * room (507 StorageFull, from any screen's request).
 */
export function StoreRecovery() {
  const { error } = useQuery(clockQuery())
  const unusable = error instanceof ApiError && error.code === 'StoreUnusable' ? error : undefined
  const recoveryNeeded = useOpenedOnce(unusable !== undefined)
  const [storageFull, setStorageFull] = useState(false)
  useStorageFullAnswers(() => setStorageFull(true))
  const storageDialogNeeded = useOpenedOnce(storageFull)
  return (
    <Suspense>
      {recoveryNeeded && (
        <StoreRecoveryDialog
          reason={unusable?.message}
          newer={unusable?.extra.reason === 'newer'}
        />
      )}
      {storageDialogNeeded && (
        <StorageFullDialog open={storageFull} onClose={() => setStorageFull(false)} />
      )}
    </Suspense>
  )
}

const isStorageFull = (error: unknown) => error instanceof ApiError && error.code === 'StorageFull'

/** Calls `onFull` for every query or mutation of the app that fails with StorageFull. */
function useStorageFullAnswers(onFull: () => void) {
  const queryClient = useQueryClient()
  useEffect(() => {
    // Both caches report a failed request as an 'updated' event with an 'error' action.
    const onEvent = (event: { type: string; action?: { type: string; error?: unknown } }) => {
      const { type, action } = event
      if (type === 'updated' && action?.type === 'error' && isStorageFull(action.error)) onFull()
    }
    const stopQueries = queryClient.getQueryCache().subscribe(onEvent)
    const stopMutations = queryClient.getMutationCache().subscribe(onEvent)
    return () => {
      stopQueries()
      stopMutations()
    }
    // onFull only sets state: the subscriptions need not follow its identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queryClient])
}
