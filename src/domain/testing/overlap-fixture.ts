import type { Command, TransitionResult } from '../commands'
import { checkInvariants } from '../invariants'
import { transition } from '../transition'
import type { RejectionCode, RotationState } from '../types'
import { advanceTo, buildLandscape, trustedEntry } from './landscape'

// February 1, 2027 with two systems (each: one SSL user, one password user, its own host).

export const NEW = 'default-2027-02-01'
export const OLD = 'default-2026-08-01'
export const A = { systemId: 'SYS_00000', userId: 'SYS_00000-U0', host: 'host-0.example.com' }
export const B = { systemId: 'SYS_00001', userId: 'SYS_00001-U0', host: 'host-1.example.com' }
export type FixtureUser = typeof A

/** The state of a successful transition; throws on a refusal or a broken invariant. */
export function okState(result: TransitionResult): RotationState {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  const violations = checkInvariants(result.state)
  if (violations.length > 0) throw new Error(`invariants broken: ${violations.join('; ')}`)
  return result.state
}

/** Applies commands in order, each of which must succeed. */
export function run(state: RotationState, ...commands: Command[]): RotationState {
  return commands.reduce((s, command) => okState(transition(s, command)), state)
}

/** The new Client Default was just issued; every external system trusts only the old one. */
export function overlapStart(
  options: { capacity?: 'single'; rejectionCode?: RejectionCode } = {},
): RotationState {
  const january = buildLandscape({
    today: '2027-01-31',
    systems: 2,
    usersPerSystem: 2,
    certificateUsersPerSystem: 1,
    ...options,
  })
  return okState(advanceTo(january, '2027-02-01'))
}

/** Uploads the new Client Default to a host. */
export function upload(state: RotationState, host: string): Command {
  return { type: 'trustCertificate', host, certificate: trustedEntry(state, NEW) }
}

/** Switches a user's Client Certificate. */
export function switchTo(user: FixtureUser, certificateId: string): Command {
  return {
    type: 'updateOutboundUser',
    systemId: user.systemId,
    userId: user.userId,
    changes: { clientCertificateId: certificateId },
  }
}
