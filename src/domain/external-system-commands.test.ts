import { describe, expect, it } from 'vitest'
import { apply, DEFAULT, HOST, S, smallLandscape } from './testing/command-fixture'
import { listedCertificates } from './certificates'
import type { Command } from './commands'
import { fakeMaterial, trustedEntry } from './testing/landscape'
import { CONNECTION_LOG_LIMIT, type RotationState } from './types'

describe('customer certificates', () => {
  it('adds one Managed By Customer and deletes it into the history', () => {
    const added = apply(smallLandscape(), {
      type: 'addCustomerCertificate',
      description: 'Partner',
      validFrom: '2027-01-01',
      validTo: '2028-01-01',
      material: fakeMaterial('p'),
    })
    const id = added.createdId ?? ''
    expect(added.state.certificates.at(-1)).toMatchObject({
      id,
      kind: 'Customer',
      managedBy: 'Customer',
      description: 'Partner',
      issuedOn: '2027-01-15',
    })
    const deleted = apply(added.state, { type: 'deleteCustomerCertificate', certificateId: id })
    expect(deleted.state.certificates.find((c) => c.id === id)?.removedOn).toBe('2027-01-15')
    expect(listedCertificates(deleted.state).map((c) => c.id)).toEqual([DEFAULT])
  })
})

describe('external systems', () => {
  const upload = (state: RotationState, fingerprint: string): Command => ({
    type: 'trustCertificate',
    host: HOST,
    certificate: {
      ...trustedEntry(state, DEFAULT),
      fingerprintSha256: fingerprint,
      subject: `CN=${fingerprint}`,
    },
  })

  it('a store for several certificates appends; the same upload twice changes nothing', () => {
    const once = apply(smallLandscape(), upload(smallLandscape(), 'aa'))
    expect(
      once.state.externalSystems[0]?.trustStore.map((t) => [t.fingerprintSha256, t.uploadedOn]),
    ).toEqual([
      [fakeMaterial(DEFAULT).fingerprintSha256, '2027-01-15'],
      ['aa', '2027-01-15'],
    ])
    const twice = apply(once.state, upload(once.state, 'aa'))
    expect(twice.state).toBe(once.state)
  })

  it('switching to one certificate keeps the latest upload; a new upload then replaces it', () => {
    const two = apply(smallLandscape(), upload(smallLandscape(), 'aa')).state
    const single = apply(two, {
      type: 'updateExternalSystem',
      host: HOST,
      changes: { capacity: 'single', rejectionCode: 403, name: 'Partner API' },
    })
    expect(single.state.externalSystems[0]).toMatchObject({
      capacity: 'single',
      rejectionCode: 403,
      name: 'Partner API',
    })
    expect(single.state.externalSystems[0]?.trustStore.map((t) => t.fingerprintSha256)).toEqual([
      'aa',
    ])
    expect(single.records.map((r) => r.field)).toEqual([
      'Name',
      'Capacity',
      'Rejection Code',
      'Trust Store',
    ])
    const replaced = apply(single.state, upload(single.state, 'bb'))
    expect(replaced.state.externalSystems[0]?.trustStore.map((t) => t.fingerprintSha256)).toEqual([
      'bb',
    ])
    expect(replaced.records[0]).toMatchObject({ oldValue: 'aa', newValue: 'bb' })
    const removed = apply(replaced.state, {
      type: 'removeTrustedCertificate',
      host: HOST,
      fingerprintSha256: 'bb',
    })
    expect(removed.state.externalSystems[0]?.trustStore).toEqual([])
  })

  it('creates an external system with defaults', () => {
    const result = apply(smallLandscape(), {
      type: 'createExternalSystem',
      host: 'API.Partner.example',
      capacity: 'single',
    })
    expect(result.state.externalSystems.at(-1)).toEqual({
      host: 'api.partner.example',
      trustMode: 'PinnedCertificate',
      capacity: 'single',
      rejectionCode: 401,
      trustStore: [],
      connectionLog: [],
    })
    expect(result.createdId).toBe('api.partner.example')
  })

  it('a connection check is logged at the external system (capped) and returned, without change records', () => {
    let state = smallLandscape()
    const check: Command = { type: 'recordConnectionCheck', systemId: S, userId: 'SYS_00000-U0' }
    const first = apply(state, check)
    expect(first.connection).toEqual({
      date: '2027-01-15',
      systemId: S,
      userId: 'SYS_00000-U0',
      userName: 'OUT_0',
      certificateId: DEFAULT,
      fingerprintSha256: fakeMaterial(DEFAULT).fingerprintSha256,
      status: 200,
      reason: 'certificate-trusted',
    })
    expect(first.records).toEqual([])
    expect(first.state.externalSystems[0]?.connectionLog).toEqual([first.connection])
    for (let i = 0; i < CONNECTION_LOG_LIMIT + 5; i++) state = apply(state, check).state
    expect(state.externalSystems[0]?.connectionLog).toHaveLength(CONNECTION_LOG_LIMIT)
  })
})
