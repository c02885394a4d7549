import { describe, expect, it } from 'vitest'
import {
  languageStorageKey,
  localeOf,
  readLanguagePreference,
  saveLanguagePreference,
} from './languages'

const storage = (value: string | null) => ({ getItem: () => value })

describe('readLanguagePreference', () => {
  it('prefers the remembered choice over the browser', () => {
    expect(readLanguagePreference(storage('de'), ['en-US'])).toBe('de')
    expect(readLanguagePreference(storage('en'), ['de-DE'])).toBe('en')
  })

  it('otherwise takes the first browser language it has texts for', () => {
    expect(readLanguagePreference(storage(null), ['fr-FR', 'de-AT', 'en'])).toBe('de')
    expect(readLanguagePreference(storage(null), ['fr-FR'])).toBe('en')
  })

  it('ignores a stored value that is not one of ours and a storage that throws', () => {
    expect(readLanguagePreference(storage('klingon'), ['de'])).toBe('de')
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError')
      },
    }
    expect(readLanguagePreference(refusing, [])).toBe('en')
  })
})

describe('saveLanguagePreference', () => {
  it('stores the id and survives a storage that refuses', () => {
    const saved = new Map<string, string>()
    saveLanguagePreference({ setItem: (key, value) => void saved.set(key, value) }, 'de')
    expect(saved.get(languageStorageKey)).toBe('de')
    expect(() =>
      saveLanguagePreference(
        {
          setItem: () => {
            throw new Error('QuotaExceededError')
          },
        },
        'en',
      ),
    ).not.toThrow()
  })
})

describe('localeOf', () => {
  it('formats English like Fiori (en-US) and German for Germany', () => {
    expect(localeOf('en')).toBe('en-US')
    expect(localeOf('de')).toBe('de-DE')
  })
})
