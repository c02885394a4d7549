/** The themes Rotation Lab offers: SAP Horizon, its dark variant and a high-contrast theme. */
export const themes = [
  { id: 'sap_horizon', name: 'SAP Horizon' },
  { id: 'sap_horizon_dark', name: 'Horizon Dark' },
  { id: 'sap_horizon_hcb', name: 'High Contrast Black' },
] as const

export type ThemeId = (typeof themes)[number]['id']

export const defaultTheme: ThemeId = 'sap_horizon'

/** localStorage key of the chosen theme; tests and demos may set it before the app loads. */
export const themeStorageKey = 'rotation-lab.theme'

export function isThemeId(value: unknown): value is ThemeId {
  return themes.some((theme) => theme.id === value)
}

/**
 * The theme to start with. Anything that is not one of ours (an old or hand-edited value, a
 * storage the browser refuses to open) falls back to the default rather than to a broken theme.
 */
export function readThemePreference(storage: Pick<Storage, 'getItem'> | undefined): ThemeId {
  try {
    const stored = storage?.getItem(themeStorageKey)
    return isThemeId(stored) ? stored : defaultTheme
  } catch {
    return defaultTheme
  }
}

/** Remembers the choice; a storage that refuses (private mode, quota) only costs the memory. */
export function saveThemePreference(storage: Pick<Storage, 'setItem'> | undefined, theme: ThemeId): void {
  try {
    storage?.setItem(themeStorageKey, theme)
  } catch {
    // The theme still applies for this session.
  }
}
