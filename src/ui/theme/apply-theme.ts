import { getTheme, setTheme } from '@ui5/webcomponents-base/dist/config/Theme.js'
import {
  defaultTheme,
  isThemeId,
  readThemePreference,
  saveThemePreference,
  type ThemeId,
} from './theme-preference'
import { safeLocalStorage } from '../stored-choice'

/**
 * Switches UI5 (and our own CSS, which uses UI5's theme variables) to `theme`. The `data-theme`
 * attribute and `color-scheme` let plain elements (scrollbars, form controls) and tests follow.
 */
function switchTo(theme: ThemeId): Promise<void> {
  document.documentElement.dataset.theme = theme
  document.documentElement.style.colorScheme = theme === 'sap_horizon' ? 'light' : 'dark'
  return setTheme(theme)
}

/** Called before the first render, so the app never flashes in the wrong theme. */
export function applyStoredTheme(): Promise<void> {
  return switchTo(readThemePreference(safeLocalStorage()))
}

/** The user's choice in the user menu: applied now and remembered for the next visit. */
export function chooseTheme(theme: ThemeId): Promise<void> {
  saveThemePreference(safeLocalStorage(), theme)
  return switchTo(theme)
}

/** The theme UI5 shows now (what the user menu marks as chosen). */
export function currentTheme(): ThemeId {
  const theme = getTheme()
  return isThemeId(theme) ? theme : defaultTheme
}
