import { getLanguage, setLanguage } from '@ui5/webcomponents-base/dist/config/Language.js'
import { setClientErrorMessages } from '../../api/http-client'
import { setFormatLocale } from '../format'
import {
  localeOf,
  readLanguagePreference,
  saveLanguagePreference,
  type LanguageId,
} from './languages'
import { allBundles, loadTexts, type Texts } from './text-bundle'
import { uiTexts } from './ui-text-bundle'
import { safeLocalStorage } from '../stored-choice'

/** The API client's own error sentences in the page's language (the API's messages stay as sent). */
function clientErrorMessages(t: Texts) {
  return {
    backendNotStarted: (reason: string) => t('api.backendNotStarted', reason),
    networkError: () => t('api.networkError'),
    notJson: (contentType: string | undefined) =>
      t('api.notJson', contentType || t('api.noContentType')),
    httpError: (status: number, statusText: string) => t('api.httpError', status, statusText),
  }
}

/**
 * Loads everything `language` needs — our bundles defined so far and UI5's own texts and CLDR data
 * (the "Cancel" of a date picker, month names) — and only then switches the formatters and the
 * page's `lang`, so a switch never shows half-translated screens or German dates in English text.
 */
export async function applyLanguage(language: LanguageId): Promise<void> {
  await Promise.all([ui5Language(language), ...allBundles().map((bundle) => bundle.load(language))])
  setFormatLocale(localeOf(language))
  setClientErrorMessages(clientErrorMessages(await loadTexts(uiTexts, language)))
  // Screen readers pick their voice from `lang`.
  document.documentElement.lang = language
}

/**
 * Switches UI5's components, unless UI5 speaks the language already (without a configured one it
 * follows the browser's): setting it anyway makes UI5 fetch locale data the launchpad does not use.
 */
function ui5Language(language: LanguageId): Promise<void> {
  const current = getLanguage() ?? navigator.language
  if (current.toLowerCase().split('-')[0] === language) return Promise.resolve()
  return setLanguage(language)
}

/** The remembered (or the browser's) language, applied before the first render. */
export async function applyStartLanguage(): Promise<LanguageId> {
  const language = readLanguagePreference(safeLocalStorage(), navigator.languages)
  await applyLanguage(language)
  return language
}

/** The user's choice in the user menu: remembered for the next visit and applied. */
export function rememberLanguage(language: LanguageId): void {
  saveLanguagePreference(safeLocalStorage(), language)
}
