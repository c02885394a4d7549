import { parseProperties } from './properties-format'
import { localeOf, type LanguageId } from './languages'

// Texts follow UI5's convention: `i18n.properties` holds the English texts (and is the fallback),
// `i18n_de.properties` the German ones, placeholders are {0}, {1}, … Plural forms are separate keys
// with the CLDR category as suffix: `systems.one`, `systems.other` (German and English need no others).

type TextTable = Readonly<Record<string, string>>

/** A set of texts in every language: English at hand, the others loaded when first needed. */
export interface TextBundle {
  readonly english: TextTable
  /** The table for `language`; the same promise on every call, so React's `use` can wait for it. */
  load(language: LanguageId): Promise<TextTable>
  /** The table for `language` if it is loaded already. */
  loaded(language: LanguageId): TextTable | undefined
}

export type TextParam = string | number

/** Looks texts up by key with values for the placeholders; `count` picks the plural form. */
export interface Texts {
  (key: string, ...params: TextParam[]): string
  /** The plural form of `key` for `n` (`key.one` / `key.other`), with `n` formatted as {0}. */
  count(key: string, n: number, ...params: TextParam[]): string
}

/** Every bundle defined so far, so that a language switch can load them all before it shows. */
const definedBundles: TextBundle[] = []

export function allBundles(): readonly TextBundle[] {
  return definedBundles
}

/**
 * A bundle from its English `.properties` text (imported with `?raw`) and loaders of the other
 * languages (a dynamic `?raw` import each, so German costs nothing until someone chooses it).
 */
export function defineTextBundle(
  englishSource: string,
  loaders: Record<Exclude<LanguageId, 'en'>, () => Promise<string>>,
): TextBundle {
  const english: TextTable = parseProperties(englishSource)
  const promises = new Map<LanguageId, Promise<TextTable>>([['en', Promise.resolve(english)]])
  const tables = new Map<LanguageId, TextTable>([['en', english]])
  const bundle: TextBundle = {
    english,
    load(language) {
      let promise = promises.get(language)
      if (!promise) {
        promise = loaders[language as Exclude<LanguageId, 'en'>]().then((source) => {
          const table: TextTable = parseProperties(source)
          tables.set(language, table)
          return table
        })
        promises.set(language, promise)
      }
      return promise
    },
    loaded: (language) => tables.get(language),
  }
  definedBundles.push(bundle)
  return bundle
}

/** "{0} of {1}" with ("3", "5") → "3 of 5". A placeholder without a value stays as it is. */
export function fillPlaceholders(pattern: string, params: readonly TextParam[]): string {
  return pattern.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const value = params[Number(index)]
    return value === undefined ? placeholder : String(value)
  })
}

/**
 * The lookup for one language. A key missing in the language falls back to English, a key missing
 * everywhere shows as the key itself (visible in the screen and caught by the bundle tests).
 */
export function textsFrom(
  table: TextTable,
  english: TextTable,
  locale: string,
  formatNumber: (n: number) => string,
): Texts {
  const plural = new Intl.PluralRules(locale)
  const lookup = (key: string) => table[key] ?? english[key] ?? key
  const t = ((key: string, ...params: TextParam[]) =>
    fillPlaceholders(lookup(key), params)) as Texts
  t.count = (key, n, ...params) => {
    const category = plural.select(n)
    const pattern =
      table[`${key}.${category}`] ?? english[`${key}.${category}`] ?? lookup(`${key}.other`)
    return fillPlaceholders(pattern, [formatNumber(n), ...params])
  }
  return t
}

/**
 * The texts of `bundle` in `language`, loaded if needed, outside React: for unit tests of
 * functions that take a `Texts`, and for code that runs before a component does.
 */
export async function loadTexts(bundle: TextBundle, language: LanguageId): Promise<Texts> {
  const table = await bundle.load(language)
  const locale = localeOf(language)
  const numbers = new Intl.NumberFormat(locale)
  return textsFrom(table, bundle.english, locale, (n) => numbers.format(n))
}
