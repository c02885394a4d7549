import type { Page } from '@playwright/test'
import { rememberChoice } from './remembered-choice'

/** Starts the app in `theme` (key as in src/ui/theme/theme-preference.ts). Call before navigating. */
export function useTheme(page: Page, theme: string): Promise<void> {
  return rememberChoice(page, 'rotation-lab.theme', theme)
}
