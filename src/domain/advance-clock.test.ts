import { describe, expect, it } from 'vitest'
import { addDays } from './calendar'
import { clientDefault, clientDefaultExpiring, listedCertificates } from './certificates'
import type { TransitionResult } from './commands'
import { expandEntries } from './change-records'
import { checkInvariants } from './invariants'
import { advanceTo, buildLandscape, fakeMaterial } from './testing/landscape'
import { addUsableCustomerCertificate } from './testing/customer-certificates'
import { transition } from './transition'
import type { RotationState } from './types'

function landscape(today: string): RotationState {
  return buildLandscape({ today, systems: 2, usersPerSystem: 2 })
}

function ok(result: TransitionResult) {
  if (!result.ok)
    throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`)
  expect(checkInvariants(result.state)).toEqual([])
  return { ...result, records: expandEntries(result.records) }
}

function certificateUserIds(state: RotationState): (string | undefined)[] {
  return state.systems.flatMap((s) => s.outboundUsers.map((u) => u.clientCertificateId))
}

describe('rules examples', () => {
  it('2027-01-31 → 2027-02-01: a new Client Default valid 2027-02-01 to 2028-02-01; the old one becomes Client Default Expiring', () => {
    const before = landscape('2027-01-31')
    expect(clientDefault(before)?.id).toBe('default-2026-08-01')
    const { state, records } = ok(advanceTo(before, '2027-02-01'))
    expect(clientDefault(state)).toMatchObject({
      id: 'default-2027-02-01',
      validFrom: '2027-02-01',
      validTo: '2028-02-01',
      issuedOn: '2027-02-01',
      managedBy: 'SAP',
    })
    expect(clientDefaultExpiring(state)?.id).toBe('default-2026-08-01')
    expect(listedCertificates(state)).toHaveLength(2)
    expect(state.appliedEvents).toEqual([{ type: 'Issuance', date: '2027-02-01' }])
    expect(records.map((r) => [r.actor, r.category, r.date])).toEqual([
      ['Administrator', 'Clock', '2027-01-31'],
      ['SAP', 'Client Certificate', '2027-02-01'],
      ['SAP', 'Client Certificate', '2027-02-01'],
    ])
    // Issuance does not touch anybody's choice: users stay on what is now Client Default Expiring.
    expect(certificateUserIds(state)).toEqual(Array(4).fill('default-2026-08-01'))
  })

  it('2027-02-28 → 2027-03-01: users still on Client Default Expiring are migrated; Client Default Expiring is gone', () => {
    const before = ok(advanceTo(landscape('2027-01-31'), '2027-02-28')).state
    const { state, records } = ok(advanceTo(before, '2027-03-01'))
    expect(clientDefaultExpiring(state)).toBeUndefined()
    expect(listedCertificates(state).map((c) => c.id)).toEqual(['default-2027-02-01'])
    expect(state.certificates.find((c) => c.id === 'default-2026-08-01')).toMatchObject({
      removedOn: '2027-03-01',
      description: 'Client Default Expiring',
    })
    expect(certificateUserIds(state)).toEqual(Array(4).fill('default-2027-02-01'))
    const migrations = records.filter((r) => r.category === 'Users for Outbound Communication')
    expect(migrations).toHaveLength(4)
    for (const record of migrations) {
      expect(record).toMatchObject({
        actor: 'SAP',
        date: '2027-03-01',
        field: 'Client Certificate',
        oldValue: 'default-2026-08-01',
        newValue: 'default-2027-02-01',
      })
    }
    expect(new Set(migrations.map((r) => `${r.systemId}/${r.objectId}`)).size).toBe(4)
    expect(state.systems.map((s) => s.version)).toEqual([2, 2])
  })

  it('in 2028 the last overlap day is February 29', () => {
    const feb28 = ok(advanceTo(landscape('2028-01-31'), '2028-02-28')).state
    const feb29 = ok(advanceTo(feb28, '2028-02-29'))
    expect(feb29.records.filter((r) => r.actor === 'SAP')).toEqual([])
    expect(clientDefaultExpiring(feb29.state)?.id).toBe('default-2027-08-01')
    const march = ok(advanceTo(feb29.state, '2028-03-01')).state
    expect(clientDefaultExpiring(march)).toBeUndefined()
    expect(march.appliedEvents.map((e) => e.date)).toEqual(['2028-02-01', '2028-03-01'])
  })

  it('2027-01-15 → 2027-03-15 in one jump: issuance then rotation, each once, in that order', () => {
    const { state, records } = ok(advanceTo(landscape('2027-01-15'), '2027-03-15'))
    expect(state.appliedEvents).toEqual([
      { type: 'Issuance', date: '2027-02-01' },
      { type: 'Rotation', date: '2027-03-01' },
    ])
    const dates = records.map((r) => r.date)
    expect(dates).toEqual([...dates].sort())
    expect(records.map((r) => r.message.split(' ').slice(0, 2).join(' '))).toEqual([
      'The administrator',
      'SAP relabelled',
      'SAP issued',
      'SAP migrated',
      'SAP migrated',
      'SAP migrated',
      'SAP migrated',
      'SAP removed',
    ])
    expect(listedCertificates(state).map((c) => c.id)).toEqual(['default-2027-02-01'])
    expect(certificateUserIds(state)).toEqual(Array(4).fill('default-2027-02-01'))
    expect(records.map((r) => r.id)).toEqual(records.map((_, i) => i + 1))
    expect(state.nextRecordId).toBe(records.length + 1)
  })

  it('2027-01-15 → 2037-01-15: twenty issuances, twenty rotations, exactly one default certificate at the end', () => {
    const { state, records } = ok(advanceTo(landscape('2027-01-15'), '2037-01-15'))
    expect(state.appliedEvents.filter((e) => e.type === 'Issuance')).toHaveLength(20)
    expect(state.appliedEvents.filter((e) => e.type === 'Rotation')).toHaveLength(20)
    expect(listedCertificates(state).map((c) => c.id)).toEqual(['default-2036-08-01'])
    expect(state.certificates).toHaveLength(21)
    expect(state.certificates.filter((c) => c.removedOn !== undefined)).toHaveLength(20)
    // Every rotation migrates all four users again, and each of those migrations is on record, dated that rotation.
    const migrations = records.filter((r) => r.category === 'Users for Outbound Communication')
    expect(migrations).toHaveLength(4 * 20)
    const rotationDates = state.appliedEvents
      .filter((e) => e.type === 'Rotation')
      .map((e) => e.date)
    expect([...new Set(migrations.map((r) => r.date))]).toEqual(rotationDates)
    for (const date of rotationDates) {
      const atRotation = migrations.filter((r) => r.date === date)
      expect(new Set(atRotation.map((r) => `${r.systemId}/${r.objectId}`)).size).toBe(4)
      const removed = state.certificates.find((c) => c.removedOn === date)
      for (const record of atRotation) {
        expect(record).toMatchObject({
          actor: 'SAP',
          oldValue: removed?.id,
          field: 'Client Certificate',
        })
        expect(record.message).toContain(`from Client Default Expiring (${removed?.id})`)
      }
    }
    expect(migrations.at(-1)).toMatchObject({
      date: '2036-09-01',
      oldValue: 'default-2036-02-01',
      newValue: 'default-2036-08-01',
    })
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length)
    const dates = records.map((r) => r.date)
    expect(dates).toEqual([...dates].sort())
    expect(state.systems.map((s) => s.version)).toEqual([21, 21])
  })
})

describe('migration records', () => {
  it('a move over two rotations gives one record per migrated user and rotation, each dated on its rotation', () => {
    const overlap = ok(advanceTo(landscape('2027-01-31'), '2027-02-10')).state
    const switched = ok(
      transition(overlap, {
        type: 'updateOutboundUser',
        systemId: 'SYS_00000',
        userId: 'SYS_00000-U0',
        changes: { clientCertificateId: 'default-2027-02-01' },
      }),
    ).state
    const { records, state } = ok(advanceTo(switched, '2027-10-01'))
    const migrations = records.filter((r) => r.category === 'Users for Outbound Communication')
    expect(migrations.map((r) => [r.objectId, r.date, r.oldValue, r.newValue])).toEqual([
      ['SYS_00000-U1', '2027-03-01', 'default-2026-08-01', 'default-2027-02-01'],
      ['SYS_00001-U0', '2027-03-01', 'default-2026-08-01', 'default-2027-02-01'],
      ['SYS_00001-U1', '2027-03-01', 'default-2026-08-01', 'default-2027-02-01'],
      ['SYS_00000-U0', '2027-09-01', 'default-2027-02-01', 'default-2027-08-01'],
      ['SYS_00000-U1', '2027-09-01', 'default-2027-02-01', 'default-2027-08-01'],
      ['SYS_00001-U0', '2027-09-01', 'default-2027-02-01', 'default-2027-08-01'],
      ['SYS_00001-U1', '2027-09-01', 'default-2027-02-01', 'default-2027-08-01'],
    ])
    // One version step per rotation that changed the system.
    expect(state.systems.map((s) => s.version)).toEqual([4, 3])
  })
})

describe('boundaries of both yearly cycles', () => {
  it.each([
    ['2027-01-31', '2027-02-01', 'Issuance', 2],
    ['2027-02-28', '2027-03-01', 'Rotation', 1],
    ['2028-02-29', '2028-03-01', 'Rotation', 1],
    ['2027-07-31', '2027-08-01', 'Issuance', 2],
    ['2027-08-31', '2027-09-01', 'Rotation', 1],
  ])('%s → %s applies one %s; %i default(s) listed after', (from, to, type, listed) => {
    const { state } = ok(advanceTo(landscape(from), to))
    expect(state.appliedEvents).toEqual([{ type, date: to }])
    expect(listedCertificates(state)).toHaveLength(listed)
  })

  it.each([
    ['2027-02-01', '2027-02-28'],
    ['2027-03-01', '2027-07-31'],
    ['2027-08-01', '2027-08-31'],
    ['2027-09-01', '2028-01-31'],
  ])('%s → %s applies nothing', (from, to) => {
    const before = landscape(from)
    const { state, records } = ok(advanceTo(before, to))
    expect(state.appliedEvents).toEqual([])
    expect(state.certificates).toBe(before.certificates)
    expect(state.systems).toBe(before.systems)
    expect(records.map((r) => r.category)).toEqual(['Clock'])
  })
})

describe('clock moves', () => {
  it('advancing to today changes nothing and records nothing', () => {
    const before = landscape('2027-01-15')
    const result = ok(advanceTo(before, '2027-01-15'))
    expect(result.state).toBe(before)
    expect(result.records).toEqual([])
  })

  it('day by day reaches the same landscape as one jump', () => {
    let stepped = landscape('2027-01-15')
    for (let day = 1; day <= 400; day++)
      stepped = ok(advanceTo(stepped, addDays('2027-01-15', day))).state
    const jumped = ok(advanceTo(landscape('2027-01-15'), stepped.today)).state
    expect(stepped.certificates).toEqual(jumped.certificates)
    expect(stepped.systems).toEqual(jumped.systems)
    expect(stepped.appliedEvents).toEqual(jumped.appliedEvents)
  })

  it('customer certificates are never relabelled, migrated or removed', () => {
    const base = landscape('2027-01-15')
    const usable = addUsableCustomerCertificate(base, {
      description: 'Partner mTLS',
      validFrom: '2026-01-01',
      validTo: '2030-01-01',
      material: fakeMaterial('partner'),
    })
    const added = { state: usable.state, createdId: usable.certificateId }
    const user = base.systems[0]?.outboundUsers[0]
    const switched = ok(
      transition(added.state, {
        type: 'updateOutboundUser',
        systemId: 'SYS_00000',
        userId: user?.id ?? '',
        changes: { clientCertificateId: added.createdId ?? '' },
      }),
    )
    const { state } = ok(advanceTo(switched.state, '2032-01-15'))
    const customer = state.certificates.find((c) => c.id === added.createdId)
    expect(customer).toEqual(added.state.certificates.find((c) => c.id === added.createdId))
    expect(state.systems[0]?.outboundUsers[0]?.clientCertificateId).toBe(added.createdId)
  })
})
