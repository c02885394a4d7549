import { describe, expect, it } from 'vitest'
import {
  defaultTheme,
  readThemePreference,
  saveThemePreference,
  themeStorageKey,
} from './theme-preference'

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  }
}

describe('theme preference', () => {
  it('starts in SAP Horizon when nothing is stored', () => {
    expect(readThemePreference(memoryStorage())).toBe('sap_horizon')
    expect(readThemePreference(undefined)).toBe(defaultTheme)
  })

  it('reads back a theme it saved', () => {
    const storage = memoryStorage()
    saveThemePreference(storage, 'sap_horizon_hcb')
    expect(storage.getItem(themeStorageKey)).toBe('sap_horizon_hcb')
    expect(readThemePreference(storage)).toBe('sap_horizon_hcb')
  })

  it('ignores values that are not one of its themes', () => {
    for (const value of ['sap_fiori_3', 'SAP_HORIZON_DARK', '', '"sap_horizon_dark"']) {
      expect(readThemePreference(memoryStorage({ [themeStorageKey]: value }))).toBe(defaultTheme)
    }
  })

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    expect(readThemePreference(broken)).toBe(defaultTheme)
    expect(() => saveThemePreference(broken, 'sap_horizon_dark')).not.toThrow()
  })
})
