import type { Page } from '@playwright/test'

/**
 * A picture of a screen for people reviewing the UI, as `test-results/<name>.png`, taken only with
 * `E2E_SCREENSHOTS=1`. The tests assert by role and label, never on pixels, and the ~45 pictures cost
 * every run 0.15–0.3 s each of CPU that the two cores' other test needs (docs/performance.md,
 * session 11). A failing test gets its screenshot anyway (playwright.config.ts).
 */
export async function reviewScreenshot(
  page: Page,
  name: string,
  { fullPage = false }: { fullPage?: boolean } = {},
): Promise<void> {
  if (process.env.E2E_SCREENSHOTS !== '1') return
  await page.screenshot({ path: `test-results/${name}.png`, fullPage })
}
