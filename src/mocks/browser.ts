import { setupWorker } from 'msw/browser'
import { appScopedName } from '../api/app-scope'
import { changeChannelName, thisTab, type ChangeAnnouncement } from '../api/change-feed'
import { appendOnlyProperty } from './backend/append-only-field'
import { createIndexedDbStore } from './backend/indexeddb-store'
import { createSimulatedBackend } from './backend/simulated-backend'
import { damageInStoredSystem } from './backend/stored-system-check'
import {
  isSimulatedSystem,
  SYSTEM_SCHEMA_VERSION,
  type SimulatedSystem,
} from './backend/simulated-system'
import { createMemoryStore } from './backend/system-store'
import { applyBootParametersFromUrl } from './boot-parameters'
import { browserCheckpoints } from './browser-checkpoints'
import { createHandlers } from './handlers'
import { FaultInjector, faultSettingsFromUrl } from './http/faults'

/**
 * Starts the simulated SAP backend in a service worker. It runs in development and in the
 * production build alike: for Rotation Lab the mock backend *is* the backend.
 */
export async function startMockBackend() {
  performance.mark('backend:loaded')
  const store =
    typeof indexedDB === 'undefined'
      ? createMemoryStore<SimulatedSystem>()
      : createIndexedDbStore<SimulatedSystem>(
          // Scoped to the app's path, like the lock below and the change channel (src/api/app-scope.ts).
          appScopedName('rotation-lab'),
          SYSTEM_SCHEMA_VERSION,
          isSimulatedSystem,
          {
            // A save writes only the change records added since, never the whole audit log again.
            appendOnly: appendOnlyProperty('changeLog'),
            describeDamage: damageInStoredSystem,
          },
        )
  const channel =
    typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(changeChannelName)
  const backend = createSimulatedBackend(
    store,
    (revision) => channel?.postMessage({ revision, origin: thisTab } satisfies ChangeAnnouncement),
    undefined,
    { lockName: appScopedName('rotation-lab-backend') },
  )
  // Faults live in this tab only; a URL such as ?latency=slow&fail=writes sets the first ones.
  const faults = new FaultInjector(faultSettingsFromUrl(window.location.search))
  const saved = browserCheckpoints(backend)
  const worker = setupWorker(...createHandlers(backend, { faults, ...saved }))
  // The stored simulation is read while the service worker starts (its message round trips wait on
  // this page's busy main thread), not after it, in front of the first answer.
  const preloaded = backend.preload()
  await worker.start({
    // MSW's worker behind a guard that keeps everything but the API away from it (public/service-worker.js):
    // scripts, fonts and styles load as if there were no worker, instead of each one being passed
    // through the worker and this page's main thread.
    serviceWorker: { url: `${import.meta.env.BASE_URL}service-worker.js` },
    // Anything else that reaches the handlers goes to the static server untouched.
    onUnhandledRequest: 'bypass',
    quiet: import.meta.env.PROD,
  })
  performance.mark('backend:worker-started')
  await preloaded
  performance.mark('backend:preloaded')
  // ?scenario=…&date=… open any screen in any scenario and date (demos, bug reports); before the
  // first render, so no screen ever shows the state from before.
  await applyBootParametersFromUrl(backend, saved)
  performance.mark('backend:ready')
}
