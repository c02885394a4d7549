// The shell renders while the simulated backend is still starting (src/main.tsx). The app's own
// requests wait for it; a script driving the page (a demo, a test, a bookmarklet) needs a signal
// instead. Documented for script authors in docs/demos.md ("Calling the API from a script").

/** What Rotation Lab puts on `window` for scripts. */
export interface RotationLabGlobal {
  /** Resolves once the simulated backend answers this page's `api/` requests; rejects with the reason if it could not start. */
  readonly ready: Promise<void>
}

declare global {
  interface Window {
    rotationLab: RotationLabGlobal
  }
}

/** `data-backend` on `<html>`: `starting`, then `ready` or `failed`. */
export type BackendState = 'starting' | 'ready' | 'failed'

/** Publishes `started` as `window.rotationLab.ready` and as `<html data-backend>`. */
export function announceBackendReadiness(started: Promise<unknown>): void {
  const mark = (state: BackendState) => (document.documentElement.dataset.backend = state)
  mark('starting')
  const ready = started.then(
    () => void mark('ready'),
    (cause: unknown) => {
      mark('failed')
      throw cause
    },
  )
  // The app's own requests report a failed start; a script that never awaits `ready` must not
  // turn it into an unhandled rejection on top.
  ready.catch(() => undefined)
  window.rotationLab = Object.freeze({ ready })
}
