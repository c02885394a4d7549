import { describe, expect, it } from 'vitest'
import { eventsPage } from '../../api/contracts/events'
import { readinessReport } from '../../api/contracts/rotation'
import { api, resetTo, startApiServer } from '../testing/api-server'

startApiServer()

describe('GET /api/rotation/readiness', () => {
  it('halfway: the overlap, counts per status and each user with today’s and the predicted outcome', async () => {
    await resetTo('halfway')
    const { status, body } = await api('rotation/readiness')
    expect(status).toBe(200)
    const report = readinessReport.parse(body)
    expect(report).toMatchObject({
      today: '2027-02-14',
      phase: 'Overlap',
      issuanceDate: '2027-02-01',
      rotationDate: '2027-03-01',
      // The master data hub's OAuth 2.0 user with mTLS is the fifth Upload pending; the EDI gateway's
      // user presents the customer's own certificate, which the default rotation never touches.
      counts: {
        Done: 4,
        'Switch pending': 2,
        'Upload pending': 5,
        Broken: 1,
        OK: 0,
        'Not affected': 1,
      },
    })
    expect(report.rows).toHaveLength(13)
    // A user no arrangement uses has none; the worklist groups it apart.
    expect(report.rows.find((row) => row.userName === 'BTP_FIN_POSTING')?.arrangements).toEqual([])
    const sfsf = report.rows.find((row) => row.systemId === 'SFSF-EC')!
    expect(sfsf).toMatchObject({
      arrangements: ['Z_HR_BUSINESS_PARTNER'],
      readiness: 'Upload pending',
      today: { status: 200, reason: 'certificate-trusted' },
      afterRotation: {
        status: 403,
        migrated: true,
        certificateDescription: 'Client Default',
        message: expect.stringContaining('upload Client Default to it in External Systems'),
      },
    })
  })

  it('after the rotation nobody acted: Stable, every failing user with 401 or 403 in words', async () => {
    await resetTo('after-rotation-nobody-acted')
    const report = readinessReport.parse((await api('rotation/readiness')).body)
    expect(report).toMatchObject({
      phase: 'Stable',
      issuanceDate: '2027-08-01',
      rotationDate: '2027-09-01',
    })
    const broken = report.rows.filter((row) => row.readiness === 'Broken')
    expect(broken.length).toBe(report.counts.Broken)
    expect(broken.length).toBeGreaterThan(0)
    for (const row of broken) {
      expect([401, 403]).toContain(row.today.status)
      // Pinning systems do not know the new certificate; the master data hub trusts issuers but lacks the root.
      if (row.systemId === 'MDG-HUB') {
        expect(row.today).toMatchObject({
          reason: 'issuer-not-trusted',
          trustMode: 'TrustedIssuer',
        })
        expect(row.today.message).toMatch(
          /^mdg\.example\.com trusts issuers, but none that Client Default chains to \(HTTP 401\): upload CN=SAP Cloud Root CA \(simulated\)/,
        )
      } else {
        expect(row.today).toMatchObject({
          reason: 'certificate-not-trusted',
          trustMode: 'PinnedCertificate',
        })
        expect(row.today.message).toMatch(
          /^\S+ pins certificates and does not know Client Default \(HTTP 40[13]\): upload/,
        )
      }
    }
    // S/4HANA Finance trusts SAP Cloud Root CA: the rotation did not break it.
    expect(broken.map((row) => row.systemId)).toContain('MDG-HUB')
    expect(broken.map((row) => row.systemId)).not.toContain('S4H-FIN-PRD')
    const s4h = report.rows.filter((row) => row.systemId === 'S4H-FIN-PRD')
    expect(s4h.map((row) => [row.today.status, row.today.reason])).toEqual([
      [200, 'issuer-trusted'],
      [200, 'issuer-trusted'],
    ])
  })
})

describe('GET /api/events', () => {
  it('pages the audit log newest first, and filters', async () => {
    await resetTo('rotation-eve')
    const first = eventsPage.parse((await api('events?limit=5')).body)
    expect(first.items).toHaveLength(5)
    expect(first.offset).toBe(0)
    const second = eventsPage.parse((await api('events?offset=5&limit=5')).body)
    const ids = [...first.items, ...second.items].map((record) => record.id)
    expect(ids).toEqual([...ids].sort((a, b) => b - a))
    expect(new Set(ids).size).toBe(10)
    const last = eventsPage.parse((await api(`events?offset=${first.total - 1}&limit=5`)).body)
    expect(last.items.map((record) => record.id)).toEqual([
      Math.min(...ids, ...last.items.map((r) => r.id)),
    ])
    const sap = eventsPage.parse((await api('events?actor=SAP&limit=100')).body)
    expect(sap.items.every((record) => record.actor === 'SAP')).toBe(true)
    expect(sap.total).toBeGreaterThan(0)
  })

  it('refuses a bad page with field errors', async () => {
    const { status, body } = await api('events?offset=-1&limit=0')
    expect(status).toBe(400)
    expect(body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'limit',
      'offset',
    ])
  })
})
