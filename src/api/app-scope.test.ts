import { describe, expect, it } from 'vitest'
import { appBasePath, scopedName } from './app-scope'

describe('appBasePath', () => {
  it.each([
    // The production build's relative base, resolved against the page it was opened as.
    ['./', 'http://localhost:4173/', '/'],
    ['./', 'http://localhost:4173/index.html?scenario=halfway#/RotationCockpit-display', '/'],
    ['./', 'https://example.com/labs/rotation/', '/labs/rotation/'],
    ['./', 'https://example.com/labs/rotation/index.html#/', '/labs/rotation/'],
    // The dev server's absolute base.
    ['/', 'http://localhost:5173/#/ClientCertificate-maintain', '/'],
    ['/lab/', 'http://localhost:5173/lab/', '/lab/'],
  ])('base %s on %s is %s', (base, page, expected) => {
    expect(appBasePath(base, page)).toBe(expected)
  })

  it('is the root without a page (Node)', () => {
    expect(appBasePath('/', undefined)).toBe('/')
  })
})

describe('scopedName', () => {
  it('keeps the bare name at the root, where existing users have their saved simulation', () => {
    expect(scopedName('rotation-lab', '/')).toBe('rotation-lab')
  })

  it('gives two copies on one host two names', () => {
    const first = scopedName('rotation-lab', '/labs/a/')
    const second = scopedName('rotation-lab', '/labs/b/')
    expect(first).toBe('rotation-lab@/labs/a/')
    expect(second).not.toBe(first)
    expect(first).not.toBe(scopedName('rotation-lab', '/'))
  })
})
