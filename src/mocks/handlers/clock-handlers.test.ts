import { describe, expect, it } from 'vitest'
import { clock as clockSchema, advanceClockResponse } from '../../api/contracts/clock'
import { api, resetTo, startApiServer } from '../testing/api-server'

startApiServer()

describe('GET /api/clock', () => {
  it('starts in the default scenario, Before issuance, on 2027-01-25', async () => {
    const { status, body } = await api('clock')
    expect(status).toBe(200)
    expect(clockSchema.parse(body)).toEqual({
      today: '2027-01-25',
      phase: 'Stable',
      nextEvent: { type: 'Issuance', date: '2027-02-01' },
      daysUntilNextEvent: 7,
      overlap: { issuanceDate: '2027-02-01', rotationDate: '2027-03-01' },
      daysUntilRotation: 35,
    })
  })
})

describe('POST /api/clock/advance', () => {
  it('moves to the next event and reports the issuance', async () => {
    await resetTo('before-issuance')
    const { status, body } = await api('clock/advance', {
      method: 'POST',
      body: { nextEvent: true },
    })
    expect(status).toBe(200)
    const parsed = advanceClockResponse.parse(body)
    expect(parsed.clock).toMatchObject({
      today: '2027-02-01',
      phase: 'Overlap',
      nextEvent: { type: 'Rotation', date: '2027-03-01' },
    })
    expect(parsed.summary).toEqual({
      certificatesIssued: 1,
      certificatesRemoved: 0,
      usersMigrated: 0,
      migrationRecords: 0,
      connectionsFailing: 0,
    })
    const [move, ...events] = parsed.records
    expect(move).toMatchObject({
      actor: 'Administrator',
      category: 'Clock',
      oldValue: '2027-01-25',
      newValue: '2027-02-01',
    })
    expect(events.map((record) => [record.actor, record.date, record.newValue])).toEqual([
      ['SAP', '2027-02-01', 'Client Default Expiring'],
      ['SAP', '2027-02-01', 'Client Default'],
    ])
  })

  it('moves by days and by date, across the rotation, migrating users', async () => {
    await resetTo('new-certificate-issued')
    const byDays = await api('clock/advance', { method: 'POST', body: { days: 10 } })
    expect(byDays.body.clock.today).toBe('2027-02-11')
    const { body } = await api('clock/advance', { method: 'POST', body: { to: '2027-03-01' } })
    expect(body.clock).toMatchObject({ today: '2027-03-01', phase: 'Stable' })
    expect(body.summary.certificatesRemoved).toBe(1)
    // Eleven SSL Client Certificate users and the OAuth 2.0 user with mTLS at the master data hub.
    expect(body.summary.usersMigrated).toBe(12)
    expect(body.summary.migrationRecords).toBe(12)
    // S/4HANA Finance trusts SAP Cloud Root CA: its two users connect with the new Client Default.
    expect(body.summary.connectionsFailing).toBe(10)
  })

  it.each([
    [{ to: '2027-01-01' }, 'DateInPast', 'to'],
    [{ to: '2027-02-30' }, 'InvalidDate', 'to'],
    [{ to: '2300-01-01' }, 'DateOutOfRange', 'to'],
    [{ to: 'tomorrow' }, 'ValidationFailed', 'to'],
    [{ days: -3 }, 'ValidationFailed', 'days'],
    [{ to: '2027-02-01', days: 3 }, 'ValidationFailed', '(body)'],
    [{}, 'ValidationFailed', '(body)'],
  ])('refuses %j with 400 %s, changing nothing', async (request, code, field) => {
    await resetTo('before-issuance')
    const { status, body } = await api('clock/advance', { method: 'POST', body: request })
    expect(status).toBe(400)
    expect(body.error.code).toBe(code)
    expect(body.error.message).toMatch(/\S/)
    expect(body.error.details.map((detail: { field: string }) => detail.field)).toContain(field)
    expect((await api('clock')).body.today).toBe('2027-01-25')
  })

  it('refuses a body that is not JSON', async () => {
    const { status, body } = await api('clock/advance', { method: 'POST', body: '{"to":' })
    expect(status).toBe(400)
    expect(body.error.code).toBe('InvalidJson')
  })
})
