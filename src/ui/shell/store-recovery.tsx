import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { ApiError } from '../../api/api-error'
import { clockQuery } from '../../api/clock'
import { useOpenedOnce } from '../lazy/use-opened-once'

// Lazy: a damaged or outdated saved simulation is rare; its dialog's code is loaded when needed.
const StoreRecoveryDialog = lazy(() =>
  import('./store-recovery-dialog').then((m) => ({ default: m.StoreRecoveryDialog })),
)

/** Mounts the store recovery dialog once the backend reports that the saved simulation is unusable. */
export function StoreRecovery() {
  const { error } = useQuery(clockQuery())
  const unusable = error instanceof ApiError && error.code === 'StoreUnusable'
  const needed = useOpenedOnce(unusable)
  return needed ? (
    <Suspense>
      <StoreRecoveryDialog reason={unusable ? error.message : undefined} />
    </Suspense>
  ) : null
}
