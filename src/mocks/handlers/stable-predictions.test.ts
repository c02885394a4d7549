import { beforeEach, describe, expect, it } from 'vitest'
import { communicationSystem } from '../../api/contracts/communication-systems'
import { readinessReport, type ReadinessReport } from '../../api/contracts/rotation'
import { api, resetTo, startApiServer } from '../testing/api-server'

startApiServer()

// Before the issuance (phase Stable) a user on Client Default moves at the next rotation to a
// Client Default SAP has not issued yet: no pinning system can hold it, a root-trusting one accepts it.

const slow = { timeout: 30_000 }

async function readiness() {
  const { status, body } = await api('rotation/readiness')
  expect(status).toBe(200)
  return readinessReport.parse(body)
}

function rowOf(report: ReadinessReport, systemId: string, userName: string) {
  const row = report.rows.find((r) => r.systemId === systemId && r.userName === userName)
  if (!row) throw new Error(`no readiness row for ${systemId}/${userName}`)
  return row
}

beforeEach(() => resetTo('before-issuance'), slow.timeout)

describe('GET /api/rotation/readiness before the issuance (Stable)', slow, () => {
  it('predicts a pinning system fails with its code on the Client Default not issued yet', async () => {
    const report = await readiness()
    expect(report).toMatchObject({
      today: '2027-01-25',
      phase: 'Stable',
      issuanceDate: '2027-02-01',
      rotationDate: '2027-03-01',
    })
    for (const [systemId, userName, code] of [
      ['SFSF-EC', 'BTP_HR_REPLICATION', 403],
      ['BANK-EBICS', 'BTP_PAYMENT_RUN', 401],
    ] as const) {
      const row = rowOf(report, systemId, userName)
      expect(row.today).toMatchObject({ status: 200, reason: 'certificate-trusted' })
      expect(row.afterRotation).toMatchObject({
        status: code,
        reason: 'certificate-not-issued-yet',
        trustMode: 'PinnedCertificate',
        issuedOn: '2027-02-01',
        detail: { date: '2027-02-01' },
        date: '2027-03-01',
        certificateId: 'default-2027-02-01',
        certificateDescription: 'Client Default',
        migrated: true,
      })
      expect(row.afterRotation.message).toMatch(
        /^On 2027-03-01 SAP moves this user to the Client Default SAP issues on 2027-02-01\. .* pins certificates and cannot know a certificate SAP issues only on 2027-02-01/,
      )
    }
  })

  it('predicts 200 at S/4HANA Finance (SAP Cloud Root CA) and 401 at the hub without it', async () => {
    const report = await readiness()
    const s4h = report.rows.filter((row) => row.systemId === 'S4H-FIN-PRD')
    expect(s4h).toHaveLength(2)
    for (const row of s4h) {
      expect(row.afterRotation).toMatchObject({
        status: 200,
        reason: 'issuer-trusted',
        trustMode: 'TrustedIssuer',
        issuedOn: '2027-02-01',
        migrated: true,
      })
      expect(row.afterRotation.detail?.subject).toMatch(/SAP Cloud Root CA \(simulated\)/)
      // The default not issued yet is named as SAP will name it, never by an id nobody has seen.
      expect(row.afterRotation.message).toMatch(
        /^On 2027-03-01 SAP moves this user to the Client Default SAP issues on 2027-02-01\. Connected: s4h-fin\.example\.com trusts .*SAP Cloud Root CA.*; Client Default chains to it\.$/,
      )
    }
    // The OAuth 2.0 user with mTLS is a row like any certificate-based user.
    expect(rowOf(report, 'MDG-HUB', 'BTP_MDG_REPLICATION')).toMatchObject({
      certificateDescription: 'Client Default',
      today: { status: 200, reason: 'certificate-trusted', trustMode: 'TrustedIssuer' },
      afterRotation: {
        status: 401,
        reason: 'issuer-not-trusted',
        issuedOn: '2027-02-01',
        message: expect.stringContaining('none that Client Default chains to (HTTP 401)'),
      },
    })
    // The customer's own certificate is not rotated: no migration, nothing predicted to change.
    const customer = rowOf(report, 'EDI-GATEWAY', 'BTP_EDI_ORDERS')
    expect(customer.afterRotation).toMatchObject({ status: 200, migrated: false })
    expect(customer.afterRotation).not.toHaveProperty('issuedOn')
  })

  it('agrees with the user dialog, and with what the rotation then does', async () => {
    const before = await readiness()
    const { body } = await api('communication-systems/MDG-HUB')
    const user = communicationSystem.parse(body).outboundUsers[0]!
    expect(user).toMatchObject({ authenticationMethod: 'OAuth 2.0', clientAuthentication: 'mTLS' })
    expect(user.afterRotation).toEqual(rowOf(before, 'MDG-HUB', user.userName).afterRotation)
    await api('clock/advance', { method: 'POST', body: { to: '2027-03-01' } })
    const after = await readiness()
    const predicted = before.rows.map((row) => [row.userId, row.afterRotation.status])
    const happened = before.rows.map((row) => [
      row.userId,
      after.rows.find((r) => r.userId === row.userId)?.today.status,
    ])
    expect(happened).toEqual(predicted)
  })
})
