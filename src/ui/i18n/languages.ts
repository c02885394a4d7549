import { readStoredChoice, saveStoredChoice } from '../stored-choice'

/** The languages Rotation Lab's texts are maintained in, as offered in the user menu. */
export const languages = [
  { id: 'en', name: 'English', locale: 'en-US' },
  { id: 'de', name: 'Deutsch', locale: 'de-DE' },
] as const

export type LanguageId = (typeof languages)[number]['id']

export const defaultLanguage: LanguageId = 'en'

/** localStorage key of the chosen language; tests and demos may set it before the app loads. */
export const languageStorageKey = 'rotation-lab.language'

export function isLanguageId(value: unknown): value is LanguageId {
  return languages.some((language) => language.id === value)
}

/** The BCP 47 locale dates and numbers are formatted for: "en" → "en-US" (Fiori's "Feb 1, 2027"). */
export function localeOf(language: LanguageId): string {
  return languages.find((entry) => entry.id === language)!.locale
}

/**
 * The language to start with: the one chosen in the user menu, else the first of the browser's
 * languages we have texts for ("de-AT" → German), else English.
 */
export function readLanguagePreference(
  storage: Pick<Storage, 'getItem'> | undefined,
  browserLanguages: readonly string[],
): LanguageId {
  const stored = readStoredChoice(storage, languageStorageKey, isLanguageId)
  if (stored) return stored
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0]
    if (isLanguageId(primary)) return primary
  }
  return defaultLanguage
}

export function saveLanguagePreference(
  storage: Pick<Storage, 'setItem'> | undefined,
  language: LanguageId,
): void {
  saveStoredChoice(storage, languageStorageKey, language)
}
