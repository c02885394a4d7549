import { describe, expect, it } from 'vitest'
import type { Command } from './commands'
import type { DomainErrorCode } from './errors'
import { advanceTo, buildLandscape, fakeMaterial, trustedEntry } from './testing/landscape'
import { transition } from './transition'
import type { RotationState } from './types'

// A landscape on 2027-03-15: default-2026-08-01 was removed on 2027-03-01; default-2027-02-01 is Client Default.
function landscape(): RotationState {
  const start = buildLandscape({ today: '2027-01-15', systems: 2, usersPerSystem: 2, certificateUsersPerSystem: 1 })
  const moved = advanceTo(start, '2027-03-15')
  if (!moved.ok) throw new Error(moved.error.message)
  const withCustomer = transition(moved.state, {
    type: 'addCustomerCertificate',
    description: 'Partner',
    validFrom: '2027-01-01',
    validTo: '2029-01-01',
    material: fakeMaterial('partner'),
  })
  if (!withCustomer.ok) throw new Error(withCustomer.error.message)
  return withCustomer.state
}

const S = 'SYS_00000'
const SSL_USER = 'SYS_00000-U0'
const PASSWORD_USER = 'SYS_00000-U1'
const HOST = 'host-0.example.com'
const ssl = { userName: 'X', authenticationMethod: 'SSL Client Certificate' as const }
const trusted = { fingerprintSha256: 'ab', subject: 'CN=x', serialNumber: '1', validFrom: '2027-01-01', validTo: '2028-01-01' }

type Case = [string, (state: RotationState) => Command, DomainErrorCode, string | undefined, Setup?]
type Setup = (state: RotationState) => Command

const partnerId = (state: RotationState) => state.certificates.at(-1)?.id ?? ''
const useCustomerCertificate: Setup = (state) => ({ type: 'updateOutboundUser', systemId: S, userId: SSL_USER, changes: { clientCertificateId: partnerId(state) } })

const cases: Case[] = [
  ['advance to a date that does not exist', () => ({ type: 'advanceClock', to: '2027-02-30' }), 'InvalidDate', 'to'],
  ['advance to a non-date', () => ({ type: 'advanceClock', to: 20270401 as unknown as string }), 'InvalidDate', 'to'],
  ['advance beyond 2199', () => ({ type: 'advanceClock', to: '2200-01-01' }), 'DateOutOfRange', 'to'],
  ['advance into the past', () => ({ type: 'advanceClock', to: '2027-03-14' }), 'DateInPast', 'to'],
  ['advance without material', () => ({ type: 'advanceClock', to: '2027-08-01' }), 'MissingCertificateMaterial', 'issued'],
  ['create a system with a taken id', () => ({ type: 'createSystem', system: { systemId: S, hostName: 'h' } }), 'DuplicateSystemId', 'systemId'],
  ['create a system without id', () => ({ type: 'createSystem', system: { systemId: '  ', hostName: 'h' } }), 'InvalidCommand', 'systemId'],
  ['create a system without host', () => ({ type: 'createSystem', system: { systemId: 'N', hostName: '' } }), 'InvalidCommand', 'hostName'],
  ['create a system on port 0', () => ({ type: 'createSystem', system: { systemId: 'N', hostName: 'h', port: 0 } }), 'InvalidCommand', 'port'],
  ['create a system on port 70000', () => ({ type: 'createSystem', system: { systemId: 'N', hostName: 'h', port: 70000 } }), 'InvalidCommand', 'port'],
  ['create an SSL user without certificate', () => ({ type: 'createSystem', system: { systemId: 'N', hostName: 'h', outboundUsers: [ssl] } }), 'InvalidCommand', 'clientCertificateId'],
  ['create an SSL user with an unknown certificate', () => ({ type: 'createSystem', system: { systemId: 'N', hostName: 'h', outboundUsers: [{ ...ssl, clientCertificateId: 'nope' }] } }), 'UnknownCertificate', 'clientCertificateId'],
  ['create an SSL user with a removed certificate', () => ({ type: 'createSystem', system: { systemId: 'N', hostName: 'h', outboundUsers: [{ ...ssl, clientCertificateId: 'default-2026-08-01' }] } }), 'CertificateRemoved', 'clientCertificateId'],
  ['create an inbound-only system with outbound users', () => ({ type: 'createSystem', system: { systemId: 'N', hostName: 'h', inboundOnly: true, outboundUsers: [{ userName: 'u', authenticationMethod: 'None' }] } }), 'InvalidCommand', 'outboundUsers'],
  ['update an unknown system', () => ({ type: 'updateSystem', systemId: 'NOPE', changes: { port: 8443 } }), 'UnknownSystem', 'systemId'],
  ['update with a stale version', () => ({ type: 'updateSystem', systemId: S, changes: { port: 8443 }, expectedVersion: 1 }), 'VersionConflict', 'expectedVersion'],
  ['update with a text port', () => ({ type: 'updateSystem', systemId: S, changes: { port: '443' as unknown as number } }), 'InvalidCommand', 'port'],
  ['make a system with outbound users inbound-only', () => ({ type: 'updateSystem', systemId: S, changes: { inboundOnly: true } }), 'InvalidCommand', 'inboundOnly'],
  ['update inbound users with a bad method', () => ({ type: 'updateSystem', systemId: S, changes: { inboundUsers: [{ userName: 'i', authenticationMethod: 'Magic' as never }] } }), 'InvalidCommand', 'inboundUsers'],
  ['delete an unknown system', () => ({ type: 'deleteSystem', systemId: 'NOPE' }), 'UnknownSystem', 'systemId'],
  ['add a user to an unknown system', () => ({ type: 'addOutboundUser', systemId: 'NOPE', user: { userName: 'u', authenticationMethod: 'None' } }), 'UnknownSystem', 'systemId'],
  ['add a user with an unknown method', () => ({ type: 'addOutboundUser', systemId: S, user: { userName: 'u', authenticationMethod: 'Kerberos' as never } }), 'InvalidCommand', 'authenticationMethod'],
  ['add a password user with a certificate', () => ({ type: 'addOutboundUser', systemId: S, user: { userName: 'u', authenticationMethod: 'User Name and Password', clientCertificateId: 'default-2027-02-01' } }), 'InvalidCommand', 'clientCertificateId'],
  ['add a user without name', () => ({ type: 'addOutboundUser', systemId: S, user: { userName: '', authenticationMethod: 'None' } }), 'InvalidCommand', 'userName'],
  ['update an unknown user', () => ({ type: 'updateOutboundUser', systemId: S, userId: 'nope', changes: { userName: 'x' } }), 'UnknownUser', 'userId'],
  ['switch to a certificate removed by a rotation', () => ({ type: 'updateOutboundUser', systemId: S, userId: SSL_USER, changes: { clientCertificateId: 'default-2026-08-01' } }), 'CertificateRemoved', 'clientCertificateId'],
  ['switch to an unknown certificate', () => ({ type: 'updateOutboundUser', systemId: S, userId: SSL_USER, changes: { clientCertificateId: 'nope' } }), 'UnknownCertificate', 'clientCertificateId'],
  ['switch to SSL without certificate', () => ({ type: 'updateOutboundUser', systemId: S, userId: PASSWORD_USER, changes: { authenticationMethod: 'SSL Client Certificate' } }), 'InvalidCommand', 'clientCertificateId'],
  ['give a certificate to an OAuth user', () => ({ type: 'updateOutboundUser', systemId: S, userId: SSL_USER, changes: { authenticationMethod: 'OAuth 2.0', clientCertificateId: 'default-2027-02-01' } }), 'InvalidCommand', 'clientCertificateId'],
  ['delete an unknown user', () => ({ type: 'deleteOutboundUser', systemId: S, userId: 'nope' }), 'UnknownUser', 'userId'],
  ['add a certificate without description', () => ({ type: 'addCustomerCertificate', description: ' ', validFrom: '2027-01-01', validTo: '2028-01-01', material: fakeMaterial('c') }), 'InvalidCommand', 'description'],
  ['add a certificate valid from a non-date', () => ({ type: 'addCustomerCertificate', description: 'c', validFrom: '2027-13-01', validTo: '2028-01-01', material: fakeMaterial('c') }), 'InvalidDate', 'validFrom'],
  ['add a certificate that ends before it starts', () => ({ type: 'addCustomerCertificate', description: 'c', validFrom: '2028-01-01', validTo: '2027-01-01', material: fakeMaterial('c') }), 'InvalidCommand', 'validTo'],
  ['add a certificate without fingerprint', () => ({ type: 'addCustomerCertificate', description: 'c', validFrom: '2027-01-01', validTo: '2028-01-01', material: { ...fakeMaterial('c'), fingerprintSha256: '' } }), 'InvalidCommand', 'material'],
  ['add a certificate twice', () => ({ type: 'addCustomerCertificate', description: 'again', validFrom: '2027-01-01', validTo: '2028-01-01', material: fakeMaterial('partner') }), 'DuplicateCertificate', 'material'],
  ['delete an unknown certificate', () => ({ type: 'deleteCustomerCertificate', certificateId: 'nope' }), 'UnknownCertificate', 'certificateId'],
  ['delete Client Default', () => ({ type: 'deleteCustomerCertificate', certificateId: 'default-2027-02-01' }), 'CertificateManagedBySap', 'certificateId'],
  ['delete a certificate in use', (state) => ({ type: 'deleteCustomerCertificate', certificateId: partnerId(state) }), 'CertificateInUse', 'certificateId', useCustomerCertificate],
  ['create an external system twice', () => ({ type: 'createExternalSystem', host: HOST }), 'DuplicateExternalSystem', 'host'],
  ['create an external system with capacity 2', () => ({ type: 'createExternalSystem', host: 'new', capacity: 2 as never }), 'InvalidCommand', 'capacity'],
  ['update an unknown external system', () => ({ type: 'updateExternalSystem', host: 'nope', changes: { capacity: 'single' } }), 'UnknownExternalSystem', 'host'],
  ['answer with 500', () => ({ type: 'updateExternalSystem', host: HOST, changes: { rejectionCode: 500 as never } }), 'InvalidCommand', 'rejectionCode'],
  ['trust at an unknown host', () => ({ type: 'trustCertificate', host: 'nope', certificate: trusted }), 'UnknownExternalSystem', 'host'],
  ['trust without fingerprint', () => ({ type: 'trustCertificate', host: HOST, certificate: { ...trusted, fingerprintSha256: '' } }), 'InvalidCommand', 'fingerprintSha256'],
  ['trust with a bad validity date', () => ({ type: 'trustCertificate', host: HOST, certificate: { ...trusted, validTo: '2027-02-29' } }), 'InvalidDate', 'validTo'],
  ['remove a certificate the store does not hold', () => ({ type: 'removeTrustedCertificate', host: HOST, fingerprintSha256: 'ff' }), 'NotTrusted', 'fingerprintSha256'],
  ['remove from an unknown host', () => ({ type: 'removeTrustedCertificate', host: 'nope', fingerprintSha256: 'ff' }), 'UnknownExternalSystem', 'host'],
  ['check an unknown user', () => ({ type: 'recordConnectionCheck', systemId: S, userId: 'nope' }), 'UnknownUser', 'userId'],
  ['check a password user', () => ({ type: 'recordConnectionCheck', systemId: S, userId: PASSWORD_USER }), 'NotCertificateBased', 'userId'],
  ['send an unknown command', () => ({ type: 'teleport' }) as unknown as Command, 'InvalidCommand', 'type'],
]

describe('bad input: a typed error, the state untouched', () => {
  it.each(cases)('%s → %s', (_name, makeCommand, code, field, setup) => {
    let state = landscape()
    if (setup) {
      const prepared = transition(state, setup(state))
      if (!prepared.ok) throw new Error(prepared.error.message)
      state = prepared.state
    }
    const command = makeCommand(state)
    const snapshot = structuredClone(state)
    const result = transition(state, command)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe(code)
    expect(result.error.field).toBe(field)
    expect(result.error.message.length).toBeGreaterThan(10)
    expect(result.state).toBe(state)
    expect(state).toEqual(snapshot)
  })

  it('choosing a removed certificate names the removal date in the message', () => {
    const result = transition(landscape(), { type: 'updateOutboundUser', systemId: S, userId: SSL_USER, changes: { clientCertificateId: 'default-2026-08-01' } })
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('removed on 2027-03-01') } })
  })

  it('a certificate deleted by the administrator cannot be deleted again', () => {
    const state = landscape()
    const id = partnerId(state)
    const deleted = transition(state, { type: 'deleteCustomerCertificate', certificateId: id })
    expect(deleted.ok).toBe(true)
    const again = transition(deleted.state, { type: 'deleteCustomerCertificate', certificateId: id })
    expect(again).toMatchObject({ ok: false, error: { code: 'CertificateRemoved' } })
  })

  it('trustedEntry refuses a certificate that is not listed (test helper guard)', () => {
    expect(() => trustedEntry(landscape(), 'default-2026-08-01')).toThrow()
  })
})
