import { expect, type Page } from '@playwright/test'

/**
 * Waits until the page's simulated backend answers. The shell shows before the backend has started
 * (src/main.tsx), so a visible launchpad is not the signal; the ShellBar clock is: it shows a date
 * only once the backend answered `api/clock`. Requests the test sends from the page before that
 * would reach the static server instead.
 */
export async function backendStarted(page: Page): Promise<void> {
  await expect(page.getByTestId('simulation-clock')).toHaveText(/\d{4}/)
}
