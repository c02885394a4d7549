import { describe, expect, it } from 'vitest'
import { noFaults } from '../../api/contracts/simulation'
import { describeFaults } from './fault-labels'

describe('describeFaults', () => {
  it('says nothing when no fault is on', () => {
    expect(describeFaults(noFaults)).toBeUndefined()
    expect(describeFaults({ ...noFaults, fail: 'writes', failureRate: 0 })).toBeUndefined()
  })

  it('names latency and failures with their rate and kind', () => {
    expect(describeFaults({ latency: 'slow', fail: 'writes', failureKind: 'http-500', failureRate: 0.5 })).toBe(
      'Slow latency · writes fail (50 %, HTTP 500)',
    )
    expect(describeFaults({ latency: 'none', fail: 'all', failureKind: 'network-error', failureRate: 1 })).toBe(
      'reads and writes fail (100 %, network error)',
    )
  })
})
