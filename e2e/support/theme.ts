import type { Page } from '@playwright/test'

/** The app's localStorage key for the theme (src/ui/theme/theme-preference.ts). */
const themeStorageKey = 'rotation-lab.theme'

/**
 * Starts the app in `theme`, as if the user had chosen it on an earlier visit. Call before the
 * first navigation: it is an init script, so it runs before the app reads the preference.
 */
export async function useTheme(page: Page, theme: string): Promise<void> {
  await page.addInitScript(
    ({ key, value }) => {
      // Only once per test: a later choice in the user menu must survive reloads.
      if (sessionStorage.getItem('e2e-theme-seeded') === null) {
        localStorage.setItem(key, value)
        sessionStorage.setItem('e2e-theme-seeded', 'yes')
      }
    },
    { key: themeStorageKey, value: theme },
  )
}
