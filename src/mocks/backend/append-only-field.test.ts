import { describe, expect, it } from 'vitest'
import { appendOnlyProperty, entriesKeptOnLoad, firstNewEntry } from './append-only-field'

const [a, b, c] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]
const known = { revision: 4, entries: [a, b], entriesId: 'run-1' }
const stored = { revision: 4, entryCount: 2, entriesId: 'run-1' }

describe('firstNewEntry', () => {
  it.each([
    ['the same array again', [a, b], 2],
    ['new entries after the known ones', [a, b, c], 2],
    ['a copy that keeps every known entry object', [...known.entries], 2],
  ])('appends for %s', (_case, entries, from) => {
    expect(firstNewEntry(known, stored, entries)).toBe(from)
  })

  it.each([
    ['nothing known (a first save)', undefined, stored, [a]],
    ['an empty store', known, undefined, [a, b, c]],
    ['another revision stored (another tab saved)', known, { ...stored, revision: 5 }, [a, b, c]],
    ['another count stored', known, { ...stored, entryCount: 3 }, [a, b, c]],
    ['a store written whole, without a count', known, { revision: 4 }, [a, b, c]],
    ['a shorter log', known, stored, [a]],
    ['equal entries that are other objects (a reset)', known, stored, [{ id: 'a' }, b, c]],
    ['a changed entry in the middle', known, stored, [c, b, c]],
  ])('rewrites for %s', (_case, knownEntries, storedCount, entries) => {
    expect(firstNewEntry(knownEntries, storedCount, entries)).toBe('rewrite')
  })
})

describe('entriesKeptOnLoad', () => {
  it.each([
    ['nothing changed', stored, [a, b]],
    ['another tab appended', { revision: 6, entryCount: 5, entriesId: 'run-1' }, [a, b]],
    ['another tab rewrote', { revision: 6, entryCount: 5, entriesId: 'run-2' }, []],
    ['fewer entries in the same run (damage)', { ...stored, entryCount: 1 }, []],
    ['a store written whole', { revision: 6 }, []],
    ['an empty store', undefined, []],
  ])('when %s', (_case, storedCount, kept) => {
    expect(entriesKeptOnLoad(known, storedCount)).toEqual(kept)
  })

  it('keeps nothing when nothing is known', () => {
    expect(entriesKeptOnLoad(undefined, stored)).toEqual([])
  })
})

describe('appendOnlyProperty', () => {
  it('reads the field and sets it without touching the value or the rest', () => {
    const field = appendOnlyProperty<{ name: string; log: number[] }, 'log'>('log')
    const value = { name: 'x', log: [1, 2] }
    expect(field.entriesOf(value)).toBe(value.log)
    expect(field.withEntries(value, [3])).toEqual({ name: 'x', log: [3] })
    expect(value.log).toEqual([1, 2])
  })
})
