import { describe, expect, it } from 'vitest'
import { transition } from './transition'
import type { Command } from './commands'
import { apply, S, smallLandscape } from './testing/command-fixture'
import type { RotationState } from './types'

const SSL_USER = `${S}-U0`
const PASSWORD_USER = `${S}-U1`
const OTHER = 'SYS_00001'

function refusal(state: RotationState, command: Command) {
  const result = transition(state, command)
  if (result.ok) throw new Error(`${command.type} was not refused`)
  expect(result.state).toBe(state)
  return result.error
}

function arranged(scenarioId: string, extra: object = {}): RotationState {
  return apply(smallLandscape(), {
    type: 'createArrangement',
    arrangement: { scenarioId, systemId: S, ...extra },
  }).state
}

describe('creating communication arrangements', () => {
  it('names the arrangement after its scenario and takes the first outbound user the scenario accepts', () => {
    const before = smallLandscape()
    const result = apply(before, {
      type: 'createArrangement',
      arrangement: { scenarioId: 'SAP_COM_0464', systemId: S },
    })
    expect(result.createdId).toBe('SAP_COM_0464')
    expect(result.state.arrangements).toEqual([
      {
        name: 'SAP_COM_0464',
        scenarioId: 'SAP_COM_0464',
        systemId: S,
        // SAP_COM_0464 accepts only User Name and Password: the certificate user U0 is passed over.
        outboundUserId: PASSWORD_USER,
        inactiveServiceIds: [],
        version: 1,
      },
    ])
    expect(result.records).toMatchObject([
      { category: 'Communication Arrangement', systemId: S, objectId: 'SAP_COM_0464' },
    ])
  })

  it('takes the certificate user for a scenario that accepts SSL client certificates first', () => {
    const state = arranged('SAP_COM_0008', { name: 'Z_BP_REPLICATION' })
    expect(state.arrangements[0]).toMatchObject({
      name: 'Z_BP_REPLICATION',
      outboundUserId: SSL_USER,
    })
  })

  it('refuses a system without an outbound user the scenario accepts, naming the methods', () => {
    const error = refusal(smallLandscape(), {
      type: 'createArrangement',
      arrangement: { scenarioId: 'SAP_COM_0A69', systemId: S },
    })
    expect(error).toMatchObject({ code: 'NoSupportedOutboundUser', field: 'systemId' })
    expect(error.message).toContain('OAuth 2.0 (mTLS), OAuth 2.0 (Client Secret)')
  })

  it('refuses an outbound user the scenario does not accept', () => {
    const error = refusal(smallLandscape(), {
      type: 'createArrangement',
      arrangement: { scenarioId: 'SAP_COM_0464', systemId: S, outboundUserId: SSL_USER },
    })
    expect(error).toMatchObject({
      code: 'UnsupportedAuthenticationMethod',
      field: 'outboundUserId',
    })
  })

  it('refuses a second arrangement of a scenario SAP allows once per client', () => {
    const withOauth = apply(smallLandscape(), {
      type: 'addOutboundUser',
      systemId: S,
      user: {
        userName: 'AICORE',
        authenticationMethod: 'OAuth 2.0',
        clientAuthentication: 'Client Secret',
      },
    }).state
    const once = apply(withOauth, {
      type: 'createArrangement',
      arrangement: { scenarioId: 'SAP_COM_0A69', systemId: S },
    }).state
    const error = refusal(once, {
      type: 'createArrangement',
      arrangement: { scenarioId: 'SAP_COM_0A69', name: 'SECOND', systemId: S },
    })
    expect(error).toMatchObject({ code: 'ScenarioAlreadyArranged', field: 'scenarioId' })
  })

  it.each<[string, object, string, string]>([
    [
      'an unknown scenario',
      { scenarioId: 'SAP_COM_9999', systemId: S },
      'UnknownCommunicationScenario',
      'scenarioId',
    ],
    [
      'an unknown system',
      { scenarioId: 'SAP_COM_0008', systemId: 'NOPE' },
      'InvalidCommand',
      'systemId',
    ],
    [
      'an empty name',
      { scenarioId: 'SAP_COM_0008', systemId: S, name: ' ' },
      'InvalidCommand',
      'name',
    ],
    [
      'an outbound user for a scenario without outbound services',
      { scenarioId: 'SAP_COM_0193', systemId: S, outboundUserId: SSL_USER },
      'InvalidCommand',
      'outboundUserId',
    ],
    [
      'an unknown inbound user',
      { scenarioId: 'SAP_COM_0008', systemId: S, inboundUserName: 'NOBODY' },
      'InvalidCommand',
      'inboundUserName',
    ],
  ])('refuses %s', (_, arrangement, code, field) => {
    const error = refusal(smallLandscape(), {
      type: 'createArrangement',
      arrangement: arrangement as never,
    })
    expect(error).toMatchObject({ code, field })
  })

  it('refuses a name already taken', () => {
    const error = refusal(arranged('SAP_COM_0008'), {
      type: 'createArrangement',
      arrangement: { scenarioId: 'SAP_COM_0464', name: 'SAP_COM_0008', systemId: S },
    })
    expect(error).toMatchObject({ code: 'DuplicateArrangement', field: 'name' })
  })

  it('lets an inbound-only scenario use a system without outbound users', () => {
    const state = arranged('SAP_COM_0193')
    expect(state.arrangements[0]).not.toHaveProperty('outboundUserId')
  })
})

describe('changing communication arrangements', () => {
  it('switches a service off and on, with a change record each time', () => {
    const state = arranged('SAP_COM_0008')
    const off = apply(state, {
      type: 'updateArrangement',
      name: 'SAP_COM_0008',
      changes: { services: [{ id: 'BP_CONFIRM', active: false }] },
      expectedVersion: 1,
    })
    expect(off.state.arrangements[0]).toMatchObject({
      inactiveServiceIds: ['BP_CONFIRM'],
      version: 2,
    })
    expect(off.records).toMatchObject([
      { field: 'Service Status', oldValue: 'Active', newValue: 'Inactive' },
    ])
    const on = apply(off.state, {
      type: 'updateArrangement',
      name: 'SAP_COM_0008',
      changes: { services: [{ id: 'BP_CONFIRM', active: true }] },
    })
    expect(on.state.arrangements[0]!.inactiveServiceIds).toEqual([])
  })

  it('takes the new system’s users when the system changes', () => {
    const result = apply(arranged('SAP_COM_0008'), {
      type: 'updateArrangement',
      name: 'SAP_COM_0008',
      changes: { systemId: OTHER },
    })
    expect(result.state.arrangements[0]).toMatchObject({
      systemId: OTHER,
      outboundUserId: `${OTHER}-U0`,
    })
    expect(result.records.map((r) => r.field)).toEqual(['Communication System', 'Outbound User'])
  })

  it('refuses a change against an older version (If-Match)', () => {
    const error = refusal(arranged('SAP_COM_0008'), {
      type: 'updateArrangement',
      name: 'SAP_COM_0008',
      changes: { services: [{ id: 'BP_CONFIRM', active: false }] },
      expectedVersion: 7,
    })
    expect(error).toMatchObject({ code: 'VersionConflict' })
  })

  it('refuses an unknown service and a status that is not true or false', () => {
    const state = arranged('SAP_COM_0008')
    for (const services of [
      [{ id: 'NOPE', active: false }],
      [{ id: 'BP_CONFIRM', active: 'no' }],
    ]) {
      const error = refusal(state, {
        type: 'updateArrangement',
        name: 'SAP_COM_0008',
        changes: { services: services as never },
      })
      expect(error).toMatchObject({ code: 'InvalidCommand', field: 'services' })
    }
  })

  it('deletes an arrangement, after which its system can be deleted', () => {
    const state = arranged('SAP_COM_0008')
    const deleted = apply(state, {
      type: 'deleteArrangement',
      name: 'SAP_COM_0008',
      expectedVersion: 1,
    })
    expect(deleted.state.arrangements).toEqual([])
    apply(deleted.state, { type: 'deleteSystem', systemId: S })
  })
})

describe('what arrangements protect', () => {
  it('refuses deleting a system or an outbound user an arrangement uses, naming the arrangement', () => {
    const state = arranged('SAP_COM_0008')
    const system = refusal(state, { type: 'deleteSystem', systemId: S })
    expect(system).toMatchObject({ code: 'UsedByArrangement', field: 'systemId' })
    expect(system.message).toContain('SAP_COM_0008')
    const user = refusal(state, { type: 'deleteOutboundUser', systemId: S, userId: SSL_USER })
    expect(user).toMatchObject({ code: 'UsedByArrangement', field: 'userId' })
    // The user no arrangement uses can go.
    apply(state, { type: 'deleteOutboundUser', systemId: S, userId: PASSWORD_USER })
  })

  it('refuses switching a user to a method its arrangement does not accept', () => {
    const error = refusal(arranged('SAP_COM_0464'), {
      type: 'updateOutboundUser',
      systemId: S,
      userId: PASSWORD_USER,
      changes: { authenticationMethod: 'OAuth 2.0' },
    })
    expect(error).toMatchObject({
      code: 'UnsupportedAuthenticationMethod',
      field: 'authenticationMethod',
    })
  })
})

describe('Check Connection on an outbound service', () => {
  it('calls the external system as the arrangement’s outbound user', () => {
    const result = apply(arranged('SAP_COM_0008'), {
      type: 'recordArrangementConnectionCheck',
      name: 'SAP_COM_0008',
      serviceId: 'BP_REPLICATE',
    })
    const direct = apply(arranged('SAP_COM_0008'), {
      type: 'recordConnectionCheck',
      systemId: S,
      userId: SSL_USER,
    })
    expect(result.connection).toEqual(direct.connection)
    expect(result.connection).toMatchObject({ systemId: S, userId: SSL_USER, status: 200 })
  })

  it('refuses an inactive service and an unknown one', () => {
    const off = apply(arranged('SAP_COM_0008'), {
      type: 'updateArrangement',
      name: 'SAP_COM_0008',
      changes: { services: [{ id: 'BP_REPLICATE', active: false }] },
    }).state
    const check = (serviceId: string) =>
      refusal(off, { type: 'recordArrangementConnectionCheck', name: 'SAP_COM_0008', serviceId })
    expect(check('BP_REPLICATE')).toMatchObject({ code: 'ServiceInactive', field: 'serviceId' })
    expect(check('NOPE')).toMatchObject({ code: 'UnknownService', field: 'serviceId' })
  })

  it('says that a password user is not certificate-based', () => {
    const error = refusal(arranged('SAP_COM_0464'), {
      type: 'recordArrangementConnectionCheck',
      name: 'SAP_COM_0464',
      serviceId: 'CUSTOM_CODE_MIGRATION_RFC',
    })
    expect(error).toMatchObject({ code: 'NotCertificateBased' })
  })
})
