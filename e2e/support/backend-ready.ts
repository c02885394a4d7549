import { expect, type Page } from '@playwright/test'

/**
 * Waits until the page's simulated backend answers, through the signal the app gives every script
 * (docs/demos.md, "Calling the API from a script"): `<html data-backend="ready">`, set when
 * `window.rotationLab.ready` resolves. The shell shows before the backend has started, so a visible
 * launchpad is not the signal. A backend that failed to start fails the test with its reason.
 * `timeout` for a start that builds a scenario first (see openInScenario); else expect's default.
 */
export async function backendStarted(
  page: Page,
  { timeout }: { timeout?: number } = {},
): Promise<void> {
  const html = page.locator('html')
  await expect(html, 'the simulated backend started').toHaveAttribute(
    'data-backend',
    /^(ready|failed)$/,
    { timeout },
  )
  if ((await html.getAttribute('data-backend')) === 'failed') {
    const reason = await page.evaluate(() =>
      window.rotationLab.ready.then(
        () => '',
        (cause: unknown) => String(cause),
      ),
    )
    throw new Error(`The simulated backend did not start: ${reason}`)
  }
}
