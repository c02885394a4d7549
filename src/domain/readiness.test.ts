import { describe, expect, it } from 'vitest'
import { connectionOutcome, predictedOutcomeAtRotation } from './outcome'
import { phaseSummary, readiness, readinessReport } from './readiness'
import { advanceTo, buildLandscape, fakeMaterial } from './testing/landscape'
import {
  A,
  B,
  NEW,
  OLD,
  okState,
  overlapStart,
  run,
  switchTo,
  upload,
  type FixtureUser,
} from './testing/overlap-fixture'
import type { RotationState } from './types'

const outcome = (state: RotationState, user: FixtureUser, onDate?: string) =>
  connectionOutcome(state, user.systemId, user.userId, onDate)
const status = (state: RotationState, user: FixtureUser) =>
  readiness(state, user.systemId, user.userId)
const ok = okState

describe('readiness during the overlap (rules examples)', () => {
  it('nobody has acted yet: Upload pending, and the prediction at the rotation fails', () => {
    const state = overlapStart()
    expect(status(state, A)).toEqual({ ok: true, value: 'Upload pending' })
    expect(outcome(state, A)).toEqual({
      ok: true,
      value: {
        status: 200,
        reason: 'certificate-trusted',
        certificateId: OLD,
        trustMode: 'PinnedCertificate',
      },
    })
    expect(predictedOutcomeAtRotation(state, A.systemId, A.userId)).toEqual({
      ok: true,
      value: {
        rotationDate: '2027-03-01',
        certificateId: NEW,
        migrated: true,
        outcome: {
          status: 401,
          reason: 'certificate-not-trusted',
          certificateId: NEW,
          trustMode: 'PinnedCertificate',
        },
      },
    })
  })

  it('uploaded but not switched: Switch pending; switched: Done', () => {
    const uploaded = run(overlapStart(), upload(overlapStart(), A.host))
    expect(status(uploaded, A)).toEqual({ ok: true, value: 'Switch pending' })
    expect(predictedOutcomeAtRotation(uploaded, A.systemId, A.userId)).toMatchObject({
      ok: true,
      value: { outcome: { status: 200 } },
    })
    const switched = run(uploaded, switchTo(A, NEW))
    expect(status(switched, A)).toEqual({ ok: true, value: 'Done' })
    expect(status(switched, B)).toEqual({ ok: true, value: 'Upload pending' })
    const after = ok(advanceTo(switched, '2027-03-01'))
    expect(status(after, A)).toEqual({ ok: true, value: 'OK' })
  })

  it.each([401, 403] as const)(
    'a user switched to Client Default before its external system trusts it is Broken today (%i)',
    (rejectionCode) => {
      const state = run(overlapStart({ rejectionCode }), switchTo(A, NEW))
      expect(status(state, A)).toEqual({ ok: true, value: 'Broken' })
      expect(outcome(state, A)).toEqual({
        ok: true,
        value: {
          status: rejectionCode,
          reason: 'certificate-not-trusted',
          certificateId: NEW,
          trustMode: 'PinnedCertificate',
        },
      })
    },
  )

  it('a one-certificate external system receives Client Default while a user still presents Client Default Expiring: that user becomes Broken', () => {
    const start = overlapStart({ capacity: 'single' })
    expect(status(start, A)).toEqual({ ok: true, value: 'Upload pending' })
    const state = run(start, upload(start, A.host))
    expect(state.externalSystems[0]?.trustStore.map((t) => t.fingerprintSha256)).toEqual([
      fakeMaterial(NEW).fingerprintSha256,
    ])
    expect(status(state, A)).toEqual({ ok: true, value: 'Broken' })
    expect(outcome(state, A)).toMatchObject({
      ok: true,
      value: {
        status: 401,
        reason: 'certificate-not-trusted',
        certificateId: OLD,
        trustMode: 'PinnedCertificate',
      },
    })
    // The rotation's migration heals it.
    expect(status(ok(advanceTo(state, '2027-03-01')), A)).toEqual({ ok: true, value: 'OK' })
  })

  it.each([401, 403] as const)(
    'nobody acts during the overlap: after the rotation every migrated user gets %i',
    (rejectionCode) => {
      const start = overlapStart({ rejectionCode })
      const withB = run(start, upload(start, B.host))
      const after = ok(advanceTo(withB, '2027-03-01'))
      expect(outcome(after, A)).toEqual({
        ok: true,
        value: {
          status: rejectionCode,
          reason: 'certificate-not-trusted',
          certificateId: NEW,
          trustMode: 'PinnedCertificate',
        },
      })
      expect(status(after, A)).toEqual({ ok: true, value: 'Broken' })
      expect(outcome(after, B)).toEqual({
        ok: true,
        value: {
          status: 200,
          reason: 'certificate-trusted',
          certificateId: NEW,
          trustMode: 'PinnedCertificate',
        },
      })
      expect(readinessReport(after).counts).toEqual({
        Done: 0,
        'Switch pending': 0,
        'Upload pending': 0,
        Broken: 1,
        OK: 1,
        'Not affected': 0,
      })
    },
  )
})

describe('reports', () => {
  it('readiness report: one row per certificate-based user, counts per status', () => {
    const start = overlapStart()
    const state = run(start, upload(start, A.host))
    const report = readinessReport(state)
    expect(report).toMatchObject({
      today: '2027-02-01',
      phase: 'Overlap',
      overlapWindow: { issuanceDate: '2027-02-01', rotationDate: '2027-03-01' },
    })
    expect(report.counts).toEqual({
      Done: 0,
      'Switch pending': 1,
      'Upload pending': 1,
      Broken: 0,
      OK: 0,
      'Not affected': 0,
    })
    expect(
      report.rows.map((r) => [r.systemId, r.userId, r.host, r.certificateDescription, r.readiness]),
    ).toEqual([
      [A.systemId, A.userId, A.host, 'Client Default Expiring', 'Switch pending'],
      [B.systemId, B.userId, B.host, 'Client Default Expiring', 'Upload pending'],
    ])
  })

  it('phase summary: phase, next event, days to go, current defaults and counts', () => {
    expect(phaseSummary(overlapStart())).toEqual({
      today: '2027-02-01',
      phase: 'Overlap',
      nextEvent: { type: 'Rotation', date: '2027-03-01' },
      daysUntilNextEvent: 28,
      overlapWindow: { issuanceDate: '2027-02-01', rotationDate: '2027-03-01' },
      clientDefaultId: NEW,
      clientDefaultExpiringId: OLD,
      certificateBasedUsers: 2,
      counts: {
        Done: 0,
        'Switch pending': 0,
        'Upload pending': 2,
        Broken: 0,
        OK: 0,
        'Not affected': 0,
      },
    })
    const january = buildLandscape({ today: '2027-01-31', systems: 1, usersPerSystem: 1 })
    expect(phaseSummary(january)).toMatchObject({
      phase: 'Stable',
      nextEvent: { type: 'Issuance', date: '2027-02-01' },
      daysUntilNextEvent: 1,
      clientDefaultExpiringId: null,
      counts: { OK: 1 },
    })
  })
})
