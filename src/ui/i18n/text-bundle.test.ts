import { describe, expect, it } from 'vitest'
import { defineTextBundle, fillPlaceholders, loadTexts, textsFrom } from './text-bundle'

const english = {
  save: 'Save',
  days: '{0} of {1} days',
  'systems.one': '{0} system',
  'systems.other': '{0} systems',
}
const german = { save: 'Sichern', 'systems.one': '{0} System', 'systems.other': '{0} Systeme' }
const number = (locale: string) => (n: number) => new Intl.NumberFormat(locale).format(n)

describe('textsFrom', () => {
  it('looks keys up, fills placeholders and falls back to English, then to the key', () => {
    const t = textsFrom(german, english, 'de-DE', number('de-DE'))
    expect(t('save')).toBe('Sichern')
    expect(t('days', 3, 5)).toBe('3 of 5 days')
    expect(t('missing.key')).toBe('missing.key')
  })

  it('chooses the plural form and formats the count for the locale', () => {
    const de = textsFrom(german, english, 'de-DE', number('de-DE'))
    const en = textsFrom(english, english, 'en-US', number('en-US'))
    expect(de.count('systems', 1)).toBe('1 System')
    expect(de.count('systems', 5000)).toBe('5.000 Systeme')
    expect(en.count('systems', 0)).toBe('0 systems')
    expect(en.count('systems', 5000)).toBe('5,000 systems')
  })
})

describe('fillPlaceholders', () => {
  it('leaves a placeholder without a value visible rather than printing "undefined"', () => {
    expect(fillPlaceholders('{0} and {1}', ['a'])).toBe('a and {1}')
  })
})

describe('defineTextBundle', () => {
  it('has English at once and loads another language once, on first request', async () => {
    let loads = 0
    const bundle = defineTextBundle('save=Save', {
      de: () => {
        loads += 1
        return Promise.resolve('save=Sichern')
      },
    })
    expect(bundle.loaded('en')).toEqual({ save: 'Save' })
    expect(bundle.loaded('de')).toBeUndefined()
    const first = bundle.load('de')
    expect(bundle.load('de')).toBe(first)
    expect(await first).toEqual({ save: 'Sichern' })
    expect(bundle.loaded('de')).toEqual({ save: 'Sichern' })
    expect(loads).toBe(1)
  })
})

describe('loadTexts', () => {
  it('gives the texts of a language with its number format', async () => {
    const bundle = defineTextBundle('users.one={0} user\nusers.other={0} users', {
      de: () => Promise.resolve('users.one={0} Benutzer\nusers.other={0} Benutzer'),
    })
    expect((await loadTexts(bundle, 'de')).count('users', 1200)).toBe('1.200 Benutzer')
    expect((await loadTexts(bundle, 'en')).count('users', 1)).toBe('1 user')
  })
})
