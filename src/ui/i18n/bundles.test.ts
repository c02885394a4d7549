import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { tileTextKeys } from '../app-definition'
import { languages } from './languages'
import { parseProperties } from './properties-format'

// Every text bundle of the project, checked as files: each language has the keys of the English
// one with the same placeholders, and every literal key the code looks up with `t('…')` exists.

const srcRoot = join(dirname(fileURLToPath(import.meta.url)), '../..')
const files = readdirSync(srcRoot, { recursive: true, encoding: 'utf8' }).map((file) =>
  join(srcRoot, file),
)
const englishBundles = files.filter(
  (file) => /\.properties$/.test(file) && !/_[a-z]{2}\.properties$/.test(file),
)
const otherLanguages = languages.filter((language) => language.id !== 'en')

const read = (file: string) => parseProperties(readFileSync(file, 'utf8'))
const placeholders = (text: string) => [...new Set(text.match(/\{\d+\}/g) ?? [])].sort()
const name = (file: string) => relative(srcRoot, file)

it('finds the bundles', () => {
  expect(englishBundles.map(name)).toContain('ui/i18n/i18n.properties')
})

describe.each(englishBundles.map((file) => [name(file), file]))('%s', (_, englishFile) => {
  const english = read(englishFile)

  it.each(otherLanguages.map((language) => [language.id]))(
    'has every key in %s, with the same placeholders',
    (id) => {
      const translated = read(englishFile.replace(/\.properties$/, `_${id}.properties`))
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort())
      for (const [key, text] of Object.entries(english)) {
        expect([key, placeholders(translated[key] ?? '')]).toEqual([key, placeholders(text)])
        expect([key, (translated[key] ?? '').trim()]).not.toEqual([key, ''])
      }
    },
  )
})

it.each(
  englishBundles
    .filter((file) => file.endsWith('/tile.properties'))
    .map((file) => [name(file), file]),
)('%s has the keys the launchpad tile shows', (_, file) => {
  expect(Object.keys(read(file))).toEqual(expect.arrayContaining(Object.values(tileTextKeys)))
})

/** The bundles a source file can use: those of its app, and the shared ones of src/ui (shell, connection words). */
function bundlesFor(sourceFile: string): Record<string, string>[] {
  const app = /src\/apps\/[^/]+\//.exec(sourceFile)?.[0]
  const own = app ? englishBundles.filter((file) => file.includes(app)) : []
  const shared = englishBundles.filter((file) => file.startsWith(join(srcRoot, 'ui/')))
  return [...own, ...shared].map(read)
}

describe('keys used in the code', () => {
  const sources = files.filter(
    (file) =>
      /\.(ts|tsx)$/.test(file) &&
      !/\.(test|bench)\.ts$/.test(file) &&
      /src\/(ui|apps)\//.test(file),
  )
  it.each(sources.map((file) => [name(file), file]))('%s', (_, file) => {
    const code = readFileSync(file, 'utf8')
    const tables = bundlesFor(file)
    const has = (key: string) => tables.some((table) => key in table)
    const missing: string[] = []
    for (const [, key] of code.matchAll(/\bt\(\s*'([^']+)'/g)) if (!has(key!)) missing.push(key!)
    for (const [, key] of code.matchAll(/\bt\.count\(\s*'([^']+)'/g))
      if (!has(`${key}.one`) || !has(`${key}.other`)) missing.push(`${key}.one/.other`)
    expect(missing).toEqual([])
  })
})

/** The source files a bundle serves: its app's folder, or the shell (`src/ui`) for the shell's bundle. */
function sourcesServedBy(bundleFile: string): string[] {
  const scope = /src\/apps\/[^/]+\//.exec(bundleFile)?.[0] ?? 'src/ui/'
  return files.filter(
    (file) => file.includes(scope) && /\.(ts|tsx)$/.test(file) && !/\.(test|bench)\.ts$/.test(file),
  )
}

// Keys reached through maps (`Record<Status, string>` of keys) escape the check above; these two
// catch what it misses: a key nobody uses any more, and a key-like literal with a typo.
describe('every key is used, every key-like literal is a key', () => {
  it.each(englishBundles.map((file) => [name(file), file]))('%s', (_, bundleFile) => {
    const keys = Object.keys(read(bundleFile))
    const code = sourcesServedBy(bundleFile)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')
    const literals = new Set([...code.matchAll(/'([A-Za-z][\w.]*)'/g)].map((match) => match[1]!))
    for (const key of Object.values(tileTextKeys)) literals.add(key)
    const base = (key: string) => key.replace(/\.(one|other)$/, '')
    expect(keys.filter((key) => !literals.has(key) && !literals.has(base(key)))).toEqual([])

    const namespaces = new Set(
      keys.filter((key) => key.includes('.')).map((key) => key.split('.')[0]!),
    )
    const keyLike = [...literals].filter(
      (literal) => literal.includes('.') && namespaces.has(literal.split('.')[0]!),
    )
    const known = (literal: string) => keys.includes(literal) || keys.includes(`${literal}.other`)
    expect(keyLike.filter((literal) => !known(literal))).toEqual([])
  })
})
