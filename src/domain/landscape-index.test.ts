import { describe, expect, it } from 'vitest'
import { indexLandscape } from './landscape-index'
import { buildLandscape } from './testing/landscape'

describe('indexLandscape', () => {
  const state = buildLandscape({ today: '2027-01-15', systems: 4, usersPerSystem: 1 })

  it('groups the systems by the host they call, in the state’s order', () => {
    const shared = buildLandscape({
      today: '2027-01-15',
      systems: 3,
      usersPerSystem: 1,
      systemsPerHost: 2,
    })
    const [first, second, third] = shared.systems
    expect(first!.hostName).toBe(second!.hostName)
    const { systemsByHost } = indexLandscape(shared)
    expect(systemsByHost.get(first!.hostName)).toEqual([first, second])
    expect(systemsByHost.get(third!.hostName)).toEqual([third])
    expect(systemsByHost.get('nobody-calls.example.com')).toBeUndefined()
  })

  it('is built once per state object', () => {
    expect(indexLandscape(state)).toBe(indexLandscape(state))
    expect(indexLandscape({ ...state })).not.toBe(indexLandscape(state))
  })
})
