import type { Page } from '@playwright/test'

/** A page load without a scenario to build: a few seconds on a busy two-core machine. */
const startWait = 10_000

/**
 * Waits until the page's simulated backend answers, through the signal the app gives every script
 * (docs/demos.md, "Calling the API from a script"): `<html data-backend="ready">`, set when
 * `window.rotationLab.ready` resolves. The shell shows before the backend has started, so a visible
 * launchpad is not the signal. A backend that failed to start fails the test with its reason.
 * `timeout` for a start that builds a scenario first (see openInScenario); else 10 s.
 */
export async function backendStarted(
  page: Page,
  { timeout }: { timeout?: number } = {},
): Promise<void> {
  // Polled in the page every 50 ms: expect's own polling backs off to 500 ms, which every test start
  // paid on average half of (docs/performance.md).
  const state = await page
    .waitForFunction(
      () => {
        const backend = document.documentElement.dataset.backend
        return backend === 'ready' || backend === 'failed' ? backend : undefined
      },
      undefined,
      { polling: 50, timeout: timeout ?? startWait },
    )
    .then((handle) => handle.jsonValue())
    .catch((cause: unknown) => {
      throw new Error(`The simulated backend did not start in time: ${String(cause)}`)
    })
  if (state === 'failed') {
    const reason = await page.evaluate(() =>
      window.rotationLab.ready.then(
        () => '',
        (cause: unknown) => String(cause),
      ),
    )
    throw new Error(`The simulated backend did not start: ${reason}`)
  }
}
