import type { Page } from '@playwright/test'
import { rememberChoice } from './remembered-choice'

/** Starts the app in `language` (key as in src/ui/i18n/languages.ts). Call before navigating. */
export function useLanguage(page: Page, language: 'de' | 'en'): Promise<void> {
  return rememberChoice(page, 'rotation-lab.language', language)
}
