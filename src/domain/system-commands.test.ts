import { describe, expect, it } from 'vitest'
import { apply, DEFAULT, HOST, S, smallLandscape } from './testing/command-fixture'
import { certificateUsage } from './certificates'
import { NEW_SYSTEM_DEFAULTS } from './system-fields'

describe('communication systems', () => {
  it('creates a system with outbound users, deterministic ids and a fresh external system for a new host', () => {
    const before = smallLandscape()
    const result = apply(before, {
      type: 'createSystem',
      system: {
        systemId: 'CRM',
        hostName: 'crm.example.com',
        outboundUsers: [
          {
            userName: 'CRM_OUT',
            authenticationMethod: 'SSL Client Certificate',
            clientCertificateId: DEFAULT,
          },
          {
            userName: 'CRM_PW',
            authenticationMethod: 'User Name and Password',
            passwordHash: 'sha256:salt:hash',
          },
        ],
      },
    })
    const system = result.state.systems.at(-1)
    expect(system).toEqual({
      systemId: 'CRM',
      systemName: 'CRM',
      hostName: 'crm.example.com',
      ...NEW_SYSTEM_DEFAULTS,
      outboundUsers: [
        {
          id: `user-${before.nextObjectId}`,
          userName: 'CRM_OUT',
          authenticationMethod: 'SSL Client Certificate',
          clientCertificateId: DEFAULT,
        },
        {
          id: `user-${before.nextObjectId + 1}`,
          userName: 'CRM_PW',
          authenticationMethod: 'User Name and Password',
          passwordHash: 'sha256:salt:hash',
        },
      ],
      version: 1,
    })
    expect(result.createdId).toBe('CRM')
    expect(result.state.nextObjectId).toBe(before.nextObjectId + 2)
    expect(result.state.externalSystems.at(-1)).toEqual({
      host: 'crm.example.com',
      trustMode: 'PinnedCertificate',
      capacity: 'multiple',
      rejectionCode: 401,
      trustStore: [],
      connectionLog: [],
    })
    expect(result.records.map((r) => r.category)).toEqual([
      'External System',
      'Communication System',
      'Users for Outbound Communication',
      'Users for Outbound Communication',
    ])
    expect(
      result.records.every((r) => r.actor === 'Administrator' && r.date === '2027-01-15'),
    ).toBe(true)
    expect(result.state.nextRecordId).toBe(before.nextRecordId + 4)
  })

  it('updates only the given fields, bumps the version once and records each changed field', () => {
    const result = apply(smallLandscape(), {
      type: 'updateSystem',
      systemId: S,
      expectedVersion: 1,
      changes: { port: 8443, systemName: 'ERP', contactName: '' },
    })
    expect(result.state.systems[0]).toMatchObject({
      port: 8443,
      systemName: 'ERP',
      version: 2,
      hostName: HOST,
    })
    expect(result.records.map((r) => [r.field, r.oldValue, r.newValue])).toEqual([
      ['System Name', 'System 0', 'ERP'],
      ['Port', '443', '8443'],
    ])
  })

  it('an update that changes nothing returns the same state without records', () => {
    const before = smallLandscape()
    const result = apply(before, { type: 'updateSystem', systemId: S, changes: { port: 443 } })
    expect(result.state).toBe(before)
    expect(result.records).toEqual([])
  })

  it('deletes a system and keeps its external system', () => {
    const result = apply(smallLandscape(), {
      type: 'deleteSystem',
      systemId: S,
      expectedVersion: 1,
    })
    expect(result.state.systems.map((s) => s.systemId)).toEqual(['SYS_00001'])
    expect(result.state.externalSystems.map((e) => e.host)).toContain(HOST)
  })
})

describe('users for outbound communication', () => {
  it('adds, edits and deletes a user, each with a record and a new version', () => {
    const added = apply(smallLandscape(), {
      type: 'addOutboundUser',
      systemId: S,
      user: { userName: 'NEW', authenticationMethod: 'OAuth 2.0' },
    })
    const userId = added.createdId ?? ''
    expect(added.state.systems[0]?.outboundUsers.at(-1)).toEqual({
      id: userId,
      userName: 'NEW',
      authenticationMethod: 'OAuth 2.0',
      clientAuthentication: 'Client Secret',
    })
    const switched = apply(added.state, {
      type: 'updateOutboundUser',
      systemId: S,
      userId,
      expectedVersion: 2,
      changes: { authenticationMethod: 'SSL Client Certificate', clientCertificateId: DEFAULT },
    })
    expect(switched.records.map((r) => [r.field, r.oldValue, r.newValue])).toEqual([
      ['Authentication Method', 'OAuth 2.0', 'SSL Client Certificate'],
      ['Client Authentication', 'Client Secret', undefined],
      ['Client Certificate', undefined, DEFAULT],
    ])
    expect(certificateUsage(switched.state, DEFAULT)).toMatchObject({
      ok: true,
      value: expect.arrayContaining([expect.objectContaining({ userId })]),
    })
    const password = apply(switched.state, {
      type: 'updateOutboundUser',
      systemId: S,
      userId,
      changes: { authenticationMethod: 'User Name and Password', passwordHash: 'sha256:s:h' },
    })
    expect(password.state.systems[0]?.outboundUsers.at(-1)).toEqual({
      id: userId,
      userName: 'NEW',
      authenticationMethod: 'User Name and Password',
      passwordHash: 'sha256:s:h',
    })
    // The record says the password changed, never what it is or was.
    const passwordRecord = password.records.find((r) => r.field === 'Password')
    expect(passwordRecord).toMatchObject({ objectId: userId })
    expect(passwordRecord).not.toHaveProperty('newValue')
    expect(JSON.stringify(password.records)).not.toContain('sha256:s:h')
    const deleted = apply(password.state, { type: 'deleteOutboundUser', systemId: S, userId })
    expect(deleted.state.systems[0]?.outboundUsers.map((u) => u.id)).not.toContain(userId)
    expect(deleted.state.systems[0]?.version).toBe(5)
  })

  it('lists which systems use a certificate', () => {
    expect(certificateUsage(smallLandscape(), DEFAULT)).toEqual({
      ok: true,
      value: [
        { systemId: S, systemName: 'System 0', userId: 'SYS_00000-U0', userName: 'OUT_0' },
        {
          systemId: 'SYS_00001',
          systemName: 'System 1',
          userId: 'SYS_00001-U0',
          userName: 'OUT_0',
        },
      ],
    })
    expect(certificateUsage(smallLandscape(), 'nope')).toMatchObject({
      ok: false,
      error: { code: 'UnknownCertificate' },
    })
  })
})
