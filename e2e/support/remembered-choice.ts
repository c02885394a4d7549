import type { Page } from '@playwright/test'

/**
 * Stores `value` under the app's localStorage `key` before the app starts, as if the user had
 * chosen it on an earlier visit. Call before the first navigation: it is an init script. It seeds
 * only once per test, so a later choice in the user menu survives reloads.
 */
export async function rememberChoice(page: Page, key: string, value: string): Promise<void> {
  await page.addInitScript(
    ({ key, value }) => {
      const seeded = `e2e-seeded:${key}`
      if (sessionStorage.getItem(seeded) === null) {
        localStorage.setItem(key, value)
        sessionStorage.setItem(seeded, 'yes')
      }
    },
    { key, value },
  )
}
