import { expect } from 'vitest'
import type { Command } from '../commands'
import type { DomainErrorCode } from '../errors'
import { transition } from '../transition'
import type { RotationState } from '../types'
import { advanceTo, buildLandscape, fakeMaterial } from './landscape'
import { addUsableCustomerCertificate } from './customer-certificates'

/** One bad-input case: the command, the error code and field it must be refused with, an optional setup. */
export type RefusalCase = [
  name: string,
  command: (state: RotationState) => Command,
  code: DomainErrorCode,
  field: string | undefined,
  setup?: (state: RotationState) => Command,
]

export const S = 'SYS_00000'
export const SSL_USER = 'SYS_00000-U0'
export const PASSWORD_USER = 'SYS_00000-U1'
export const HOST = 'host-0.example.com'

/** 2027-03-15: default-2026-08-01 was removed on 2027-03-01, default-2027-02-01 is Client Default, plus one customer certificate. */
export function refusalLandscape(): RotationState {
  const start = buildLandscape({
    today: '2027-01-15',
    systems: 2,
    usersPerSystem: 2,
    certificateUsersPerSystem: 1,
  })
  const moved = advanceTo(start, '2027-03-15')
  if (!moved.ok) throw new Error(moved.error.message)
  return addUsableCustomerCertificate(moved.state, {
    description: 'Partner',
    validFrom: '2027-01-01',
    validTo: '2029-01-01',
    material: fakeMaterial('partner'),
  }).state
}

/** Id of the customer certificate refusalLandscape adds. */
export function partnerId(state: RotationState): string {
  return state.certificates.at(-1)?.id ?? ''
}

/** Applies a case's setup and returns the state the refused command runs against. */
export function stateFor(setup: RefusalCase[4]): RotationState {
  const state = refusalLandscape()
  if (!setup) return state
  const prepared = transition(state, setup(state))
  if (!prepared.ok) throw new Error(prepared.error.message)
  return prepared.state
}

/** The one assertion every bad-input table makes: refused with its code and field, the state untouched. */
export function expectRefusal([, makeCommand, code, field, setup]: RefusalCase): void {
  const state = stateFor(setup)
  const snapshot = structuredClone(state)
  const result = transition(state, makeCommand(state))
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.error.code).toBe(code)
  expect(result.error.field).toBe(field)
  expect(result.error.message.length).toBeGreaterThan(10)
  expect(result.state).toBe(state)
  expect(state).toEqual(snapshot)
}
