import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from './calendar'
import type { Command, TransitionResult } from './commands'
import { checkInvariants } from './invariants'
import { connectionOutcome } from './outcome'
import { readinessReport } from './readiness'
import { advanceTo, buildLandscape, fakeMaterial } from './testing/landscape'
import { transition } from './transition'
import type { Certificate, RotationState } from './types'

// Random sequences of clock moves and administrator actions. Indices are resolved against the
// state at each step, so most actions hit real objects (and some deliberately hit removed ones).
const index = fc.nat({ max: 30 })
const action = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      days: fc.oneof(
        fc.integer({ min: 0, max: 45 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: -3, max: 2000 }),
      ),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('switch' as const),
      system: index,
      user: index,
      certificate: index,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('upload' as const), host: index, certificate: index }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('untrust' as const), host: index, entry: index }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('store' as const),
      host: index,
      single: fc.boolean(),
      forbidden: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('addCertificate' as const), seed: fc.nat() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('deleteCertificate' as const), certificate: index }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('addUser' as const),
      system: index,
      certificate: index,
      ssl: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('deleteUser' as const), system: index, user: index }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('check' as const), system: index, user: index }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('createSystem' as const),
      host: index,
      certificate: index,
    }),
  },
)
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never

const pick = <T>(items: readonly T[], i: number): T | undefined =>
  items[i % Math.max(items.length, 1)]

function commandFor(state: RotationState, a: Action): Command | 'advance' {
  const system = 'system' in a ? pick(state.systems, a.system) : undefined
  const user = system && 'user' in a ? pick(system.outboundUsers, a.user) : undefined
  const certificate = 'certificate' in a ? pick(state.certificates, a.certificate) : undefined
  const host = 'host' in a ? (pick(state.externalSystems, a.host)?.host ?? 'none') : 'none'
  switch (a.kind) {
    case 'advance':
      return 'advance'
    case 'switch':
      return {
        type: 'updateOutboundUser',
        systemId: system?.systemId ?? '?',
        userId: user?.id ?? '?',
        changes: {
          authenticationMethod: 'SSL Client Certificate',
          clientCertificateId: certificate?.id ?? '?',
        },
      }
    case 'upload': {
      const material = certificate?.material ?? fakeMaterial('stranger')
      const trusted = {
        fingerprintSha256: material.fingerprintSha256,
        subject: material.subject,
        serialNumber: material.serialNumber,
        validFrom: '2020-01-01',
        validTo: '2040-01-01',
      }
      return { type: 'trustCertificate', host, certificate: trusted }
    }
    case 'untrust': {
      const entry = pick(
        state.externalSystems.find((e) => e.host === host)?.trustStore ?? [],
        a.entry,
      )
      return {
        type: 'removeTrustedCertificate',
        host,
        fingerprintSha256: entry?.fingerprintSha256 ?? 'none',
      }
    }
    case 'store':
      return {
        type: 'updateExternalSystem',
        host,
        changes: {
          capacity: a.single ? 'single' : 'multiple',
          rejectionCode: a.forbidden ? 403 : 401,
        },
      }
    case 'addCertificate':
      return {
        type: 'addCustomerCertificate',
        description: `Partner ${a.seed}`,
        validFrom: state.today,
        validTo: addDays(state.today, 400),
        material: fakeMaterial(`customer-${a.seed}`),
      }
    case 'deleteCertificate':
      return { type: 'deleteCustomerCertificate', certificateId: certificate?.id ?? '?' }
    case 'addUser':
      return {
        type: 'addOutboundUser',
        systemId: system?.systemId ?? '?',
        user: a.ssl
          ? {
              userName: 'R',
              authenticationMethod: 'SSL Client Certificate',
              clientCertificateId: certificate?.id ?? '?',
            }
          : { userName: 'R', authenticationMethod: 'OAuth 2.0' },
      }
    case 'deleteUser':
      return {
        type: 'deleteOutboundUser',
        systemId: system?.systemId ?? '?',
        userId: user?.id ?? '?',
      }
    case 'check':
      return {
        type: 'recordConnectionCheck',
        systemId: system?.systemId ?? '?',
        userId: user?.id ?? '?',
      }
    case 'createSystem':
      return {
        type: 'createSystem',
        system: {
          systemId: `NEW_${state.nextObjectId}`,
          hostName: host,
          outboundUsers: [
            {
              userName: 'N',
              authenticationMethod: 'SSL Client Certificate',
              clientCertificateId: certificate?.id ?? '?',
            },
          ],
        },
      }
  }
}

const isScheduleDate = (date: string) => /-(02|03|08|09)-01$/.test(date)
const listed = (state: RotationState) => state.certificates.filter((c) => c.removedOn === undefined)

/** The invariants of rotation-rules.md, restated here independently of the engine's own checkInvariants. */
function expectInvariants(state: RotationState): void {
  const defaults = listed(state).filter((c) => c.managedBy === 'SAP')
  expect(defaults.filter((c) => c.description === 'Client Default')).toHaveLength(1)
  const overlap = /-(02|08)-/.test(state.today)
  expect(defaults.filter((c) => c.description === 'Client Default Expiring')).toHaveLength(
    overlap ? 1 : 0,
  )
  expect(defaults).toHaveLength(overlap ? 2 : 1)
  const listedIds = new Set(listed(state).map((c) => c.id))
  for (const user of state.systems.flatMap((s) => s.outboundUsers)) {
    if (user.authenticationMethod === 'SSL Client Certificate')
      expect(listedIds.has(user.clientCertificateId ?? '')).toBe(true)
    else expect(user.clientCertificateId).toBeUndefined()
  }
  const dates = state.appliedEvents.map((e) => e.date)
  expect(new Set(dates).size).toBe(dates.length)
  expect(dates).toEqual([...dates].sort())
  expect(dates.every((d) => d <= state.today && isScheduleDate(d))).toBe(true)
  expect(checkInvariants(state)).toEqual([])
}

function step(state: RotationState, a: Action): RotationState {
  const command = commandFor(state, a)
  const result: TransitionResult =
    command === 'advance'
      ? advanceTo(
          state,
          addDays(state.today, a.kind === 'advance' ? a.days : 0),
          a.kind === 'advance' && a.days % 2 === 0,
        )
      : transition(state, command)
  if (!result.ok) {
    expect(result.state).toBe(state)
    const userExists =
      command !== 'advance' &&
      'userId' in command &&
      state.systems.some((s) => s.outboundUsers.some((u) => u.id === command.userId))
    if (
      command !== 'advance' &&
      command.type === 'updateOutboundUser' &&
      userExists &&
      pickedRemoved(state, command.changes.clientCertificateId)
    ) {
      expect(result.error.code).toBe('CertificateRemoved')
    }
    return state
  }
  if (command === 'advance') expectAdvance(state, result.state)
  return result.state
}

function pickedRemoved(state: RotationState, id: string | undefined): boolean {
  return state.certificates.some((c) => c.id === id && c.removedOn !== undefined)
}

/** Every schedule date in (before, after] applied exactly once; customer certificates untouched. */
function expectAdvance(before: RotationState, after: RotationState): void {
  const added = after.appliedEvents.slice(before.appliedEvents.length).map((e) => e.date)
  const expected: string[] = []
  for (
    let d = addDays(before.today, 1);
    d <= after.today && expected.length < 1000;
    d = addDays(d, 1)
  )
    if (isScheduleDate(d)) expected.push(d)
  expect(added).toEqual(expected)
  const customers = (s: RotationState): Certificate[] =>
    s.certificates.filter((c) => c.managedBy === 'Customer')
  expect(customers(after)).toEqual(customers(before))
  const listedDefaultIds = new Set(
    listed(after)
      .filter((c) => c.managedBy === 'SAP')
      .map((c) => c.id),
  )
  for (const [s, system] of before.systems.entries()) {
    for (const [u, user] of system.outboundUsers.entries()) {
      const now = after.systems[s]?.outboundUsers[u]?.clientCertificateId
      const wasCustomer = before.certificates.some(
        (c) => c.id === user.clientCertificateId && c.managedBy === 'Customer',
      )
      if (wasCustomer) expect(now).toBe(user.clientCertificateId)
      else if (user.clientCertificateId !== undefined)
        expect(listedDefaultIds.has(now ?? '')).toBe(true)
    }
  }
}

describe('invariants over random sequences of clock moves and administrator actions', () => {
  it('hold at every date (1,000 sequences)', () => {
    const start = fc.constantFrom(
      '2027-01-15',
      '2027-02-01',
      '2027-02-28',
      '2028-02-29',
      '2027-08-31',
      '2027-09-01',
    )
    fc.assert(
      fc.property(start, fc.array(action, { minLength: 1, maxLength: 25 }), (today, actions) => {
        let state = buildLandscape({
          today,
          systems: 3,
          usersPerSystem: 2,
          certificateUsersPerSystem: 1,
          systemsPerHost: 2,
        })
        expectInvariants(state)
        for (const a of actions) {
          state = step(state, a)
          expectInvariants(state)
        }
      }),
      { numRuns: 1000 },
    )
  })
})

describe('predictions agree with what the rotation then does', () => {
  it('during the overlap, the predicted outcome of every user is the outcome right after the rotation (300 sequences)', () => {
    const overlapDay = fc.constantFrom(
      '2027-02-01',
      '2027-02-14',
      '2028-02-29',
      '2027-08-01',
      '2027-08-31',
    )
    const adminAction = action.filter((a) => a.kind !== 'advance')
    fc.assert(
      fc.property(overlapDay, fc.array(adminAction, { maxLength: 12 }), (today, actions) => {
        let state = buildLandscape({
          today,
          systems: 3,
          usersPerSystem: 2,
          certificateUsersPerSystem: 1,
          systemsPerHost: 2,
        })
        for (const a of actions) state = step(state, a)
        const report = readinessReport(state)
        const after = advanceTo(state, report.overlapWindow.rotationDate)
        if (!after.ok) throw new Error(after.error.message)
        for (const row of report.rows) {
          const actual = connectionOutcome(after.state, row.systemId, row.userId)
          expect(actual).toEqual({ ok: true, value: row.predicted.outcome })
          if (row.readiness === 'Upload pending') expect(row.predicted.outcome.status).not.toBe(200)
          if (row.readiness === 'Switch pending' || row.readiness === 'Done')
            expect(row.predicted.outcome.status).toBe(200)
          expect(row.readiness === 'Broken').toBe(row.outcomeToday.status !== 200)
        }
      }),
      { numRuns: 300 },
    )
  })
})
