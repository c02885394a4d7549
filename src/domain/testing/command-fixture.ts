import { expect } from 'vitest'
import type { Command, TransitionResult, TransitionSuccess } from '../commands'
import { checkInvariants } from '../invariants'
import { transition } from '../transition'
import { expandEntries } from '../change-records'
import type { ChangeRecord, RotationState } from '../types'
import { buildLandscape } from './landscape'

export const S = 'SYS_00000'
export const HOST = 'host-0.example.com'
export const DEFAULT = 'default-2026-08-01'

/** Two systems on 2027-01-15, each with one certificate user and one password user. */
export function smallLandscape(): RotationState {
  return buildLandscape({
    today: '2027-01-15',
    systems: 2,
    usersPerSystem: 2,
    certificateUsersPerSystem: 1,
  })
}

/**
 * Applies a command that must succeed, and checks the invariants of the state it leaves. Its
 * records come expanded (one per migrated user, as the API lists them).
 */
export function apply(
  state: RotationState,
  command: Command,
): Omit<TransitionSuccess, 'records'> & { readonly records: readonly ChangeRecord[] } {
  const result: TransitionResult = transition(state, command)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  expect(checkInvariants(result.state)).toEqual([])
  return { ...result, records: expandEntries(result.records) }
}
