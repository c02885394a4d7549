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
 * languages we have texts for ("de-AT" → German), else English. A stored value that is not one of
 * ours (old, hand-edited) or a storage the browser refuses is treated as no choice.
 */
export function readLanguagePreference(
  storage: Pick<Storage, 'getItem'> | undefined,
  browserLanguages: readonly string[],
): LanguageId {
  try {
    const stored = storage?.getItem(languageStorageKey)
    if (isLanguageId(stored)) return stored
  } catch {
    // Fall through to the browser's languages.
  }
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0]
    if (isLanguageId(primary)) return primary
  }
  return defaultLanguage
}

/** Remembers the choice; a storage that refuses (private mode, quota) only costs the memory. */
export function saveLanguagePreference(
  storage: Pick<Storage, 'setItem'> | undefined,
  language: LanguageId,
): void {
  try {
    storage?.setItem(languageStorageKey, language)
  } catch {
    // The language still applies for this session.
  }
}
