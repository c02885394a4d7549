import { describe, expect, it } from 'vitest'
import { clientDefault } from './certificates'
import type { TransitionResult } from './commands'
import { checkInvariants } from './invariants'
import { plannedIssuances } from './issuance'
import { buildLandscape, fakeIssued, fakeMaterial } from './testing/landscape'
import { transition } from './transition'
import type { RotationState } from './types'

function landscape(today: string): RotationState {
  return buildLandscape({ today, systems: 2, usersPerSystem: 2 })
}

function ok(result: TransitionResult) {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  expect(checkInvariants(result.state)).toEqual([])
  return result
}

describe('certificate material', () => {
  it('plans one request per issuance; only the ones alive after the move need material', () => {
    const requests = plannedIssuances(landscape('2027-01-15'), '2028-02-15')
    expect(requests.map((r) => [r.certificateId, r.validTo, r.needsMaterial])).toEqual([
      ['default-2027-02-01', '2028-02-01', false],
      ['default-2027-08-01', '2028-08-01', true],
      ['default-2028-02-01', '2029-02-01', true],
    ])
  })

  it('plans nothing for an invalid or past date', () => {
    const state = landscape('2027-01-15')
    expect(plannedIssuances(state, '2026-01-01')).toEqual([])
    expect(plannedIssuances(state, '2027-02-30')).toEqual([])
  })

  it('refuses a move when material for a surviving certificate is missing', () => {
    const before = landscape('2027-01-15')
    const result = transition(before, { type: 'advanceClock', to: '2027-02-01', issued: {} })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'MissingCertificateMaterial', field: 'issued' },
    })
    expect(result.state).toBe(before)
  })

  it('accepts a ten-year jump with material only for the certificates that survive it', () => {
    const before = landscape('2027-01-15')
    const requests = plannedIssuances(before, '2037-01-15')
    expect(requests.filter((r) => r.needsMaterial).map((r) => r.certificateId)).toEqual([
      'default-2036-08-01',
    ])
    const { state } = ok(
      transition(before, {
        type: 'advanceClock',
        to: '2037-01-15',
        issued: fakeIssued(requests, true),
      }),
    )
    expect(state.certificates.filter((c) => c.material === null)).toHaveLength(19)
    expect(clientDefault(state)?.material.fingerprintSha256).toBe(
      fakeMaterial('default-2036-08-01').fingerprintSha256,
    )
  })
})
