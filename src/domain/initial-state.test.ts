import { describe, expect, it } from 'vitest'
import { clientDefault, clientDefaultExpiring } from './certificates'
import { createInitialState } from './initial-state'
import { initialIssuances } from './issuance'
import { fakeIssued } from './testing/landscape'
import { NEW_SYSTEM_DEFAULTS } from './system-fields'

describe('createInitialState', () => {
  it.each([
    ['2027-01-15', 'default-2026-08-01', undefined],
    ['2027-02-01', 'default-2027-02-01', 'default-2026-08-01'],
    ['2027-02-28', 'default-2027-02-01', 'default-2026-08-01'],
    ['2027-03-01', 'default-2027-02-01', undefined],
    ['2027-08-31', 'default-2027-08-01', 'default-2027-02-01'],
  ])('on %s: Client Default %s, Client Default Expiring %s', (today, current, expiring) => {
    const result = createInitialState({ today, issued: fakeIssued(initialIssuances(today)) })
    if (!result.ok) throw new Error(result.error.message)
    expect(clientDefault(result.value)?.id).toBe(current)
    expect(clientDefaultExpiring(result.value)?.id).toBe(expiring)
    expect(result.value).toMatchObject({
      today,
      appliedEvents: [],
      nextRecordId: 1,
      nextObjectId: 1,
      systems: [],
      externalSystems: [],
    })
  })

  it('refuses an invalid date, missing material and an inconsistent landscape', () => {
    expect(createInitialState({ today: '2027-02-29', issued: {} })).toMatchObject({
      ok: false,
      error: { code: 'InvalidDate', field: 'today' },
    })
    expect(createInitialState({ today: '2027-02-01', issued: {} })).toMatchObject({
      ok: false,
      error: { code: 'MissingCertificateMaterial' },
    })
    const system = {
      systemId: 'A',
      systemName: 'A',
      hostName: 'a',
      ...NEW_SYSTEM_DEFAULTS,
      outboundUsers: [
        {
          id: 'user-7',
          userName: 'u',
          authenticationMethod: 'SSL Client Certificate' as const,
          clientCertificateId: 'nope',
        },
      ],
      version: 1,
    }
    const issued = fakeIssued(initialIssuances('2027-01-15'))
    expect(createInitialState({ today: '2027-01-15', issued, systems: [system] })).toMatchObject({
      ok: false,
      error: {
        code: 'InvalidCommand',
        message: expect.stringContaining('names no listed certificate'),
      },
    })
    const user = {
      id: 'user-7',
      userName: 'u',
      authenticationMethod: 'SSL Client Certificate' as const,
      clientCertificateId: 'default-2026-08-01',
    }
    const fixed = { ...system, outboundUsers: [user] }
    expect(createInitialState({ today: '2027-01-15', issued, systems: [fixed] })).toMatchObject({
      ok: true,
      value: { nextObjectId: 8 },
    })
  })
})
