import { describe, expect, it } from 'vitest'
import { BoundedMemo } from './bounded-memo'

describe('BoundedMemo', () => {
  it('computes a key once, forgets the oldest beyond its limit, and keeps no failure', () => {
    const memo = new BoundedMemo<number>(2)
    let computed = 0
    const square = (n: number) => () => {
      computed += 1
      return n * n
    }
    expect(memo.get('3', square(3))).toBe(9)
    expect(memo.get('3', square(99))).toBe(9)
    expect(computed).toBe(1)
    memo.get('4', square(4))
    memo.get('5', square(5)) // evicts '3'
    expect(memo.get('4', square(99))).toBe(16)
    expect(memo.get('3', square(3))).toBe(9)
    expect(computed).toBe(4)
    expect(() =>
      memo.get('x', () => {
        throw new Error('bad input')
      }),
    ).toThrow('bad input')
    expect(memo.get('x', square(2))).toBe(4)
  })
})
