import { describe, expect, it } from 'vitest'
import { normalizeSubject, subjectIssues } from './subject-input'

describe('subjectIssues', () => {
  it('accepts a full subject and a CN alone', () => {
    expect(
      subjectIssues({
        CN: 'abc.example.com',
        O: 'Example Corp',
        OU: 'IT',
        L: 'Köln',
        ST: 'NRW',
        C: 'DE',
      }),
    ).toEqual({})
    expect(subjectIssues({ CN: '  abc  ', O: '', C: undefined })).toEqual({})
  })

  it.each([null, 'CN=abc', [], 42])('asks for a subject when given %j', (subject) => {
    expect(subjectIssues(subject)).toEqual({ CN: expect.stringMatching(/common name/) })
  })

  it('requires a CN that is not blank', () => {
    expect(subjectIssues({}).CN).toMatch(/^Enter a common name \(CN\)/)
    expect(subjectIssues({ CN: '   ' }).CN).toMatch(/^Enter a common name \(CN\)/)
  })

  it('names the upper bound and the length', () => {
    expect(subjectIssues({ CN: 'a'.repeat(65) }).CN).toBe(
      'The common name (CN) may have at most 64 characters; it has 65.',
    )
    expect(subjectIssues({ CN: 'a'.repeat(64), ST: 's'.repeat(128) })).toEqual({})
    expect(subjectIssues({ CN: 'a', ST: 's'.repeat(129), O: 'o'.repeat(65) })).toEqual({
      ST: 'The state or province (ST) may have at most 128 characters; it has 129.',
      O: 'The organization (O) may have at most 64 characters; it has 65.',
    })
    // Characters, not UTF-16 units: 64 emoji-free umlauts are fine.
    expect(subjectIssues({ CN: 'ü'.repeat(64) })).toEqual({})
  })

  it.each(['de', 'DEU', 'D1', 'Ü1'])('refuses the country %s', (C) => {
    expect(subjectIssues({ CN: 'a', C }).C).toMatch(/two-letter ISO 3166 code in capitals/)
  })

  it.each([
    ['a\u0000b', 'U+0000'],
    ['a\nb', 'U+000A'],
    ['a\u200bb', 'U+200B'],
    ['a\u202eb', 'U+202E'],
    ['a\ue000b', 'U+E000'],
    ['a\ud800b', 'U+D800'],
  ])('refuses the invisible character in %j', (OU, code) => {
    expect(subjectIssues({ CN: 'a', OU }).OU).toBe(
      `The organizational unit (OU) contains an invisible or control character (${code}); type it again without it.`,
    )
  })

  it('refuses values that are not text', () => {
    expect(subjectIssues({ CN: 7, O: {} })).toEqual({
      CN: 'The common name (CN) must be text.',
      O: 'The organization (O) must be text.',
    })
  })
})

describe('normalizeSubject', () => {
  it('trims and drops empty optional fields', () => {
    expect(normalizeSubject({ CN: ' a ', O: ' ', OU: ' IT ', C: 'DE' })).toEqual({
      CN: 'a',
      OU: 'IT',
      C: 'DE',
    })
  })
})
