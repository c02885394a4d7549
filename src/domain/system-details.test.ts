import { describe, expect, it } from 'vitest'
import { transition } from './transition'
import { apply, S, smallLandscape } from './testing/command-fixture'

describe("SAP's system fields", () => {
  it('are kept as given, recorded under their labels, the UI Host in lower case', () => {
    const result = apply(smallLandscape(), {
      type: 'updateSystem',
      systemId: S,
      changes: {
        uiHost: 'UI.Example.com',
        logicalSystem: 'ERPCLNT100',
        businessSystem: 'ERP_PRD',
        contactName: 'ERP Team',
        email: 'erp@example.com',
        phone: '+49 30 1234',
      },
    })
    expect(result.state.systems[0]).toMatchObject({
      uiHost: 'ui.example.com',
      logicalSystem: 'ERPCLNT100',
      businessSystem: 'ERP_PRD',
      contactName: 'ERP Team',
      email: 'erp@example.com',
      phone: '+49 30 1234',
      version: 2,
    })
    expect(result.records.map((r) => r.field)).toEqual([
      'UI Host',
      'Logical System',
      'Business System',
      'Contact Name',
      'E-Mail',
      'Phone',
    ])
  })

  it('an SCC Location ID needs Cloud Connector; switching it off forgets the location', () => {
    const refused = transition(smallLandscape(), {
      type: 'updateSystem',
      systemId: S,
      changes: { sccLocationId: 'LOC1' },
    })
    expect(refused).toMatchObject({ ok: false, error: { field: 'sccLocationId' } })
    const on = apply(smallLandscape(), {
      type: 'updateSystem',
      systemId: S,
      changes: { cloudConnector: true, sccLocationId: 'LOC1' },
    })
    expect(on.state.systems[0]).toMatchObject({ cloudConnector: true, sccLocationId: 'LOC1' })
    const off = apply(on.state, {
      type: 'updateSystem',
      systemId: S,
      changes: { cloudConnector: false },
    })
    expect(off.state.systems[0]).toMatchObject({ cloudConnector: false, sccLocationId: '' })
    expect(off.records.map((r) => [r.field, r.oldValue, r.newValue])).toEqual([
      ['Cloud Connector', 'true', 'false'],
      ['SCC Location ID', 'LOC1', ''],
    ])
  })

  it('a new system starts without them, or with the ones given', () => {
    const created = apply(smallLandscape(), {
      type: 'createSystem',
      system: {
        systemId: 'NEW',
        hostName: 'new.example.com',
        cloudConnector: true,
        email: 'a@b.de',
      },
    })
    expect(created.state.systems.at(-1)).toMatchObject({
      uiHost: '',
      logicalSystem: '',
      businessSystem: '',
      cloudConnector: true,
      sccLocationId: '',
      contactName: '',
      email: 'a@b.de',
      phone: '',
    })
  })
})

describe('passwords in the engine', () => {
  it('are hashes the backend made; a new User Name and Password user needs one, others have none', () => {
    const noHash = transition(smallLandscape(), {
      type: 'addOutboundUser',
      systemId: S,
      user: { userName: 'PW', authenticationMethod: 'User Name and Password' },
    })
    expect(noHash).toMatchObject({ ok: false, error: { field: 'password' } })
    const wrongMethod = transition(smallLandscape(), {
      type: 'addOutboundUser',
      systemId: S,
      user: { userName: 'N', authenticationMethod: 'None', passwordHash: 'sha256:a:b' },
    })
    expect(wrongMethod).toMatchObject({ ok: false, error: { field: 'password' } })
  })

  it('a change without a hash keeps the saved one, even of a user that never had one', () => {
    const state = smallLandscape()
    // The fixture's second user of each system is a password user without a hash.
    const userId = state.systems[0]!.outboundUsers[1]!.id
    const renamed = apply(state, {
      type: 'updateOutboundUser',
      systemId: S,
      userId,
      changes: { userName: 'RENAMED' },
    })
    expect(renamed.state.systems[0]?.outboundUsers[1]).not.toHaveProperty('passwordHash')
    const set = apply(renamed.state, {
      type: 'updateOutboundUser',
      systemId: S,
      userId,
      changes: { passwordHash: 'sha256:a:b' },
    })
    expect(set.state.systems[0]?.outboundUsers[1]).toMatchObject({ passwordHash: 'sha256:a:b' })
    const kept = apply(set.state, {
      type: 'updateOutboundUser',
      systemId: S,
      userId,
      changes: { userName: 'AGAIN' },
    })
    expect(kept.state.systems[0]?.outboundUsers[1]).toMatchObject({ passwordHash: 'sha256:a:b' })
  })
})
