// A choice the user made in the user menu (theme, language), kept in localStorage across visits.

/** The page's localStorage, or nothing when the browser refuses to open it (privacy settings). */
export function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

/**
 * The stored value under `key` if it is one of ours. Anything else (an old or hand-edited value, a
 * storage that throws) counts as no choice, so the caller falls back rather than breaking.
 */
export function readStoredChoice<T extends string>(
  storage: Pick<Storage, 'getItem'> | undefined,
  key: string,
  isValid: (value: unknown) => value is T,
): T | undefined {
  try {
    const stored = storage?.getItem(key)
    return isValid(stored) ? stored : undefined
  } catch {
    return undefined
  }
}

/** Remembers the choice; a storage that refuses (private mode, quota) only costs the memory. */
export function saveStoredChoice(
  storage: Pick<Storage, 'setItem'> | undefined,
  key: string,
  value: string,
): void {
  try {
    storage?.setItem(key, value)
  } catch {
    // The choice still applies for this session.
  }
}
