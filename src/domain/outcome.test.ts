import { describe, expect, it } from 'vitest'
import { connectionOutcome, predictedOutcomeAtRotation } from './outcome'
import { readiness } from './readiness'
import { advanceTo } from './testing/landscape'
import { A, okState, overlapStart, run, type FixtureUser } from './testing/overlap-fixture'
import type { RotationState } from './types'

const outcome = (state: RotationState, user: FixtureUser, onDate?: string) =>
  connectionOutcome(state, user.systemId, user.userId, onDate)
const status = (state: RotationState, user: FixtureUser) =>
  readiness(state, user.systemId, user.userId)
const ok = okState

describe('connection outcome', () => {
  it('checks validity before trust: expired and not yet valid', () => {
    const state = overlapStart()
    expect(outcome(state, A, '2027-08-02')).toMatchObject({
      ok: true,
      value: { status: 401, reason: 'certificate-expired' },
    })
    expect(outcome(state, A, '2026-07-31')).toMatchObject({
      ok: true,
      value: { status: 401, reason: 'certificate-not-yet-valid' },
    })
    expect(outcome(state, A, '2027-08-01')).toMatchObject({ ok: true, value: { status: 200 } })
  })

  it('a host without external system is unreachable, and such a user is Broken', () => {
    const state = run(overlapStart(), {
      type: 'updateSystem',
      systemId: A.systemId,
      changes: { hostName: 'nowhere.example.com' },
    })
    const lost = {
      ...state,
      externalSystems: state.externalSystems.filter((e) => e.host !== 'nowhere.example.com'),
    }
    expect(outcome(lost, A)).toMatchObject({
      ok: true,
      value: { status: 'unreachable', reason: 'no-external-system' },
    })
    expect(status(lost, A)).toEqual({ ok: true, value: 'Broken' })
  })

  it('refuses unknown systems, unknown users, users without certificate and invalid dates', () => {
    const state = overlapStart()
    expect(connectionOutcome(state, 'NOPE', A.userId)).toMatchObject({
      ok: false,
      error: { code: 'UnknownSystem', field: 'systemId' },
    })
    expect(connectionOutcome(state, A.systemId, 'nope')).toMatchObject({
      ok: false,
      error: { code: 'UnknownUser', field: 'userId' },
    })
    expect(connectionOutcome(state, A.systemId, 'SYS_00000-U1')).toMatchObject({
      ok: false,
      error: { code: 'NotCertificateBased' },
    })
    expect(readiness(state, A.systemId, 'SYS_00000-U1')).toMatchObject({
      ok: false,
      error: { code: 'NotCertificateBased' },
    })
    expect(connectionOutcome(state, A.systemId, A.userId, '2027-02-30')).toMatchObject({
      ok: false,
      error: { code: 'InvalidDate', field: 'onDate' },
    })
  })

  it('in the stable phase a user on Client Default is predicted on the default SAP has yet to issue', () => {
    const state = ok(advanceTo(overlapStart(), '2027-04-01'))
    expect(predictedOutcomeAtRotation(state, A.systemId, A.userId)).toEqual({
      ok: true,
      value: {
        rotationDate: '2027-09-01',
        certificateId: 'default-2027-08-01',
        migrated: true,
        issuedOn: '2027-08-01',
        outcome: {
          status: 401,
          reason: 'certificate-not-issued-yet',
          certificateId: 'default-2027-08-01',
          trustMode: 'PinnedCertificate',
          detail: { date: '2027-08-01' },
        },
      },
    })
  })
})
