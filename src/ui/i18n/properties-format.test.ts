import { describe, expect, it } from 'vitest'
import { parseProperties } from './properties-format'

describe('parseProperties', () => {
  it('reads key=value, key: value and key value, skipping comments and blank lines', () => {
    const source = '# comment\n! also a comment\n\na=1\nb: two\nc three words\n  d = spaced  \n'
    expect(parseProperties(source)).toEqual({ a: '1', b: 'two', c: 'three words', d: 'spaced  ' })
  })

  it('keeps separators inside values and unescapes escaped keys', () => {
    expect(parseProperties('url=https://host:443/a=b\nkey\\=with\\:colon=v')).toEqual({
      url: 'https://host:443/a=b',
      'key=with:colon': 'v',
    })
  })

  it('joins continuation lines and decodes \\n, \\t and \\uXXXX', () => {
    expect(parseProperties('long=first \\\n    second\nesc=a\\nb\\tc \\u00fc')).toEqual({
      long: 'first second',
      esc: 'a\nb\tc ü',
    })
  })

  it('reads UTF-8 text as it is and an empty value as empty', () => {
    expect(parseProperties('de=Benutzer für ausgehende Kommunikation\r\nempty=')).toEqual({
      de: 'Benutzer für ausgehende Kommunikation',
      empty: '',
    })
  })

  it('treats a line ending in an escaped backslash as complete', () => {
    expect(parseProperties('path=C:\\\\\nnext=1')).toEqual({ path: 'C:\\', next: '1' })
  })
})
