import { bench, describe } from 'vitest'
import { plannedIssuances } from './issuance'
import { readinessReport } from './readiness'
import { advanceTo, buildLandscape, fakeIssued, trustedEntry } from './testing/landscape'
import { transition } from './transition'
import type { RotationState } from './types'

// 10,000 communication systems × 3 outbound users: two on SSL Client Certificate, one on
// User Name and Password; every system has its own external system (10,000 hosts).
const landscape = buildLandscape({
  today: '2027-01-15',
  systems: 10_000,
  usersPerSystem: 3,
  certificateUsersPerSystem: 2,
})
// Material is the backend's job (and async): made once here, outside the timed code.
const issued = fakeIssued(plannedIssuances(landscape, '2037-01-15'))

const lastOverlapDay = (() => {
  const moved = advanceTo(landscape, '2027-02-28')
  if (!moved.ok) throw new Error(moved.error.message)
  return moved.state
})()

// Mid-overlap, with a realistic mix: a third uploaded and switched, a third uploaded only, a third untouched.
const overlap = prepareOverlap()

function prepareOverlap(): RotationState {
  const moved = advanceTo(landscape, '2027-02-15')
  if (!moved.ok) throw new Error(moved.error.message)
  let state = moved.state
  const entry = trustedEntry(state, 'default-2027-02-01')
  const externalSystems = state.externalSystems.map((e, i) =>
    i % 3 === 2
      ? e
      : { ...e, trustStore: [...e.trustStore, { ...entry, uploadedOn: state.today }] },
  )
  const systems = state.systems.map((s, i) =>
    i % 3 === 0
      ? {
          ...s,
          outboundUsers: s.outboundUsers.map((u) =>
            u.clientCertificateId ? { ...u, clientCertificateId: 'default-2027-02-01' } : u,
          ),
        }
      : s,
  )
  state = { ...state, externalSystems, systems }
  return state
}

// Longer runs than the default 500 ms, so the mean rests on dozens of samples.
const options = { time: 3000 }

describe('domain engine, 10,000 systems × 3 outbound users', () => {
  bench(
    'advance ten years (2027-01-15 → 2037-01-15: 20 issuances, 20 rotations, 20,000 users migrated 20 times)',
    () => {
      const result = transition(landscape, { type: 'advanceClock', to: '2037-01-15', issued })
      if (!result.ok) throw new Error(result.error.message)
    },
    options,
  )

  bench(
    'advance one day over a rotation (2027-02-28 → 2027-03-01: 20,000 users migrated)',
    () => {
      const result = transition(lastOverlapDay, { type: 'advanceClock', to: '2027-03-01' })
      if (!result.ok) throw new Error(result.error.message)
    },
    options,
  )

  bench(
    'readiness report for all 20,000 certificate-based users (index rebuilt each run)',
    () => {
      // A shallow copy is a new state object, so the per-state index cache cannot help.
      readinessReport({ ...overlap })
    },
    options,
  )

  bench('one administrator edit on the big landscape (switch one user)', () => {
    const result = transition(overlap, {
      type: 'updateOutboundUser',
      systemId: 'SYS_05000',
      userId: 'SYS_05000-U0',
      changes: { clientCertificateId: 'default-2027-02-01' },
    })
    if (!result.ok) throw new Error(result.error.message)
  })
})
