import { describe, expect, it } from 'vitest'
import type { Command, TransitionResult } from './commands'
import { checkInvariants } from './invariants'
import { connectionOutcome, predictedOutcomeAtRotation } from './outcome'
import { phaseSummary, readiness, readinessReport } from './readiness'
import { advanceTo, buildLandscape, fakeMaterial, trustedEntry } from './testing/landscape'
import { transition } from './transition'
import type { RejectionCode, RotationState } from './types'

const NEW = 'default-2027-02-01'
const OLD = 'default-2026-08-01'
const A = { systemId: 'SYS_00000', userId: 'SYS_00000-U0', host: 'host-0.example.com' }
const B = { systemId: 'SYS_00001', userId: 'SYS_00001-U0', host: 'host-1.example.com' }

function ok(result: TransitionResult): RotationState {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  expect(checkInvariants(result.state)).toEqual([])
  return result.state
}

function run(state: RotationState, ...commands: Command[]): RotationState {
  return commands.reduce((s, command) => ok(transition(s, command)), state)
}

/** February 1, 2027: the new Client Default was just issued; every external system trusts only the old one. */
function overlapStart(
  options: { capacity?: 'single'; rejectionCode?: RejectionCode } = {},
): RotationState {
  const january = buildLandscape({
    today: '2027-01-31',
    systems: 2,
    usersPerSystem: 2,
    certificateUsersPerSystem: 1,
    ...options,
  })
  return ok(advanceTo(january, '2027-02-01'))
}

const upload = (state: RotationState, host: string): Command => ({
  type: 'trustCertificate',
  host,
  certificate: trustedEntry(state, NEW),
})
const switchTo = (user: typeof A, certificateId: string): Command => ({
  type: 'updateOutboundUser',
  systemId: user.systemId,
  userId: user.userId,
  changes: { clientCertificateId: certificateId },
})
const outcome = (state: RotationState, user: typeof A, onDate?: string) =>
  connectionOutcome(state, user.systemId, user.userId, onDate)
const status = (state: RotationState, user: typeof A) =>
  readiness(state, user.systemId, user.userId)

describe('readiness during the overlap (rules examples)', () => {
  it('nobody has acted yet: Upload pending, and the prediction at the rotation fails', () => {
    const state = overlapStart()
    expect(status(state, A)).toEqual({ ok: true, value: 'Upload pending' })
    expect(outcome(state, A)).toEqual({
      ok: true,
      value: { status: 200, reason: 'ok', certificateId: OLD },
    })
    expect(predictedOutcomeAtRotation(state, A.systemId, A.userId)).toEqual({
      ok: true,
      value: {
        rotationDate: '2027-03-01',
        certificateId: NEW,
        migrated: true,
        outcome: { status: 401, reason: 'certificate-not-trusted', certificateId: NEW },
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
        value: { status: rejectionCode, reason: 'certificate-not-trusted', certificateId: NEW },
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
      value: { status: 401, reason: 'certificate-not-trusted', certificateId: OLD },
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
        value: { status: rejectionCode, reason: 'certificate-not-trusted', certificateId: NEW },
      })
      expect(status(after, A)).toEqual({ ok: true, value: 'Broken' })
      expect(outcome(after, B)).toEqual({
        ok: true,
        value: { status: 200, reason: 'ok', certificateId: NEW },
      })
      expect(readinessReport(after).counts).toEqual({
        Done: 0,
        'Switch pending': 0,
        'Upload pending': 0,
        Broken: 1,
        OK: 1,
      })
    },
  )
})

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

  it('in the stable phase the prediction keeps the current certificate (the next one is not issued yet)', () => {
    const state = ok(advanceTo(overlapStart(), '2027-04-01'))
    expect(predictedOutcomeAtRotation(state, A.systemId, A.userId)).toEqual({
      ok: true,
      value: {
        rotationDate: '2027-09-01',
        certificateId: NEW,
        migrated: false,
        outcome: { status: 401, reason: 'certificate-not-trusted', certificateId: NEW },
      },
    })
  })
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
      counts: { Done: 0, 'Switch pending': 0, 'Upload pending': 2, Broken: 0, OK: 0 },
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
