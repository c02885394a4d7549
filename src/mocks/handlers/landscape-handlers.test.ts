import { describe, expect, it } from 'vitest'
import { importLandscapeResponse } from '../../api/contracts/checkpoints'
import { LANDSCAPE_FILE_VERSION } from '../backend/landscape-file-schema'
import { privateKeyFindings } from '../security/leak-scan.test-helper'
import { api, resetTo, startApiServer } from '../testing/api-server'

startApiServer()

const exportText = async () => {
  const { status, headers, body } = await api('simulation/export')
  expect(status).toBe(200)
  expect(headers.get('Content-Disposition')).toMatch(
    /^attachment; filename="rotation-lab-landscape-\d{4}-\d{2}-\d{2}\.json"$/,
  )
  return JSON.stringify(body)
}
const importText = (text: string) => api('simulation/import', { method: 'POST', body: text })

/** What a user sees of a landscape, fingerprints aside: systems, certificates, readiness. */
async function landscapeView() {
  const systems = (await api('communication-systems?limit=1000')).body.items
  const certificates = (await api('client-certificates')).body.items.map(
    ({ id, description, validFrom, validTo, serialNumber, subject }: Record<string, unknown>) => ({
      id,
      description,
      validFrom,
      validTo,
      serialNumber,
      subject,
    }),
  )
  const readiness = (await api('rotation/readiness')).body.rows.map(
    (row: {
      systemId: string
      userName: string
      readiness: string
      today: { status: unknown; reason: unknown }
      afterRotation: { status: unknown }
    }) => ({
      systemId: row.systemId,
      userName: row.userName,
      readiness: row.readiness,
      today: [row.today.status, row.today.reason],
      afterRotation: row.afterRotation.status,
    }),
  )
  return { today: (await api('clock')).body.today, systems, certificates, readiness }
}

const fingerprints = async () =>
  (await api('client-certificates')).body.items.map(
    (c: { fingerprintSha256: string }) => c.fingerprintSha256,
  )

describe('GET /api/simulation/export and POST /api/simulation/import', () => {
  it('round trip: the same landscape, certificates issued again with new keys; trust follows them', async () => {
    await resetTo('halfway')
    await api('clock/advance', { method: 'POST', body: { days: 2 } })
    const before = await landscapeView()
    expect(before.systems).toHaveLength(11)
    expect(before.readiness.map((row: { today: unknown[] }) => row.today[1])).toContain(
      'certificate-trusted',
    )
    const oldFingerprints = await fingerprints()
    const text = await exportText()
    const file = JSON.parse(text)
    expect(file).toMatchObject({
      format: 'rotation-lab-landscape',
      schemaVersion: LANDSCAPE_FILE_VERSION,
    })
    expect(text).not.toMatch(/signingKey|privateKeys|PRIVATE KEY/)
    expect(privateKeyFindings('export', text)).toEqual([])

    await resetTo('before-issuance')
    const { status, body } = await importText(text)
    expect(status).toBe(200)
    const answer = importLandscapeResponse.parse(body)
    expect(answer).toMatchObject({
      scenarioId: 'halfway',
      clock: { today: '2027-02-16' },
      systemCount: 11,
    })
    expect(answer.reissuedCertificates).toBeGreaterThanOrEqual(3)
    expect(answer.message).toContain('issued again')

    expect(await landscapeView()).toEqual(before)
    const newFingerprints = await fingerprints()
    expect(newFingerprints).toHaveLength(oldFingerprints.length)
    for (const fingerprint of newFingerprints) expect(oldFingerprints).not.toContain(fingerprint)

    // The new CA has its key: SAP's next issuance and rotation work on the imported landscape.
    const moved = await api('clock/advance', { method: 'POST', body: { to: '2027-08-01' } })
    expect(moved.status).toBe(200)
    expect(moved.body.summary.certificatesIssued).toBe(1)
  }, 60_000)

  it('refuses a bad file with its reason (400, field) and changes nothing', async () => {
    await resetTo('new-certificate-issued')
    const good = JSON.parse(await exportText())
    const before = await fingerprints()
    const cases: [string, string, string][] = [
      ['not JSON', '<html>nope</html>', 'file'],
      ['another format', JSON.stringify({ format: 'something-else' }), 'format'],
      [
        'a newer schema',
        JSON.stringify({ ...good, schemaVersion: LANDSCAPE_FILE_VERSION + 1 }),
        'schemaVersion',
      ],
      [
        'a wrong shape',
        JSON.stringify({
          ...good,
          landscape: { ...good.landscape, state: { ...good.landscape.state, systems: 'many' } },
        }),
        'landscape.state.systems',
      ],
      [
        'a broken rule',
        JSON.stringify({
          ...good,
          landscape: { ...good.landscape, state: { ...good.landscape.state, certificates: [] } },
        }),
        'landscape.state',
      ],
      ['too large', ' '.repeat(50 * 1024 * 1024 + 1), 'file'],
    ]
    for (const [what, text, field] of cases) {
      const { status, body } = await importText(text)
      expect(status, what).toBe(400)
      expect(body.error.details[0].field, what).toBe(field)
      expect(body.error.message, what).not.toBe('')
    }
    const newer = await importText(
      JSON.stringify({ ...good, schemaVersion: LANDSCAPE_FILE_VERSION + 1 }),
    )
    expect(newer.body.error).toMatchObject({ code: 'UnsupportedSchemaVersion' })
    expect(newer.body.error.message).toContain('newer version')
    expect(await fingerprints()).toEqual(before)
    expect((await api('clock')).body.today).toBe('2027-02-01')
  }, 60_000)
})
