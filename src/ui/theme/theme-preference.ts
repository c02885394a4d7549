import { readStoredChoice, saveStoredChoice } from '../stored-choice'

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

/** The theme to start with: the remembered one, else the default. */
export function readThemePreference(storage: Pick<Storage, 'getItem'> | undefined): ThemeId {
  return readStoredChoice(storage, themeStorageKey, isThemeId) ?? defaultTheme
}

export function saveThemePreference(
  storage: Pick<Storage, 'setItem'> | undefined,
  theme: ThemeId,
): void {
  saveStoredChoice(storage, themeStorageKey, theme)
}
