import { appScopedName } from '../api/app-scope'
import { createMemoryCheckpointStore } from './backend/checkpoint-store'
import { Checkpoints } from './backend/checkpoints'
import { createIndexedDbCheckpointStore } from './backend/indexeddb-checkpoint-store'
import type { SimulatedBackend } from './backend/simulated-backend'
import type { SimulatedSystem } from './backend/simulated-system'
import { LinkGate } from './link-gate'

/**
 * The page's checkpoints (IndexedDB, beside the system's own database, scoped to the app's path like
 * it) and its link gate.
 */
export function browserCheckpoints(backend: SimulatedBackend) {
  const store =
    typeof indexedDB === 'undefined'
      ? createMemoryCheckpointStore<SimulatedSystem>()
      : createIndexedDbCheckpointStore<SimulatedSystem>(appScopedName('rotation-lab-checkpoints'))
  const checkpoints = new Checkpoints(
    backend,
    store,
    undefined,
    appScopedName('rotation-lab-checkpoints'),
  )
  return { checkpoints, linkGate: new LinkGate() }
}
