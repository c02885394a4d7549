import { describe, expect, it } from 'vitest'
import { apply, DEFAULT, smallLandscape } from './testing/command-fixture'
import { advanceTo } from './testing/landscape'
import { transition } from './transition'

describe('recordExport', () => {
  it('marks the certificate as exported today and writes one record by the administrator', () => {
    const result = apply(smallLandscape(), {
      type: 'recordExport',
      certificateId: DEFAULT,
      format: 'pem',
    })
    expect(result.state.certificates.find((c) => c.id === DEFAULT)?.lastExportedOn).toBe(
      '2027-01-15',
    )
    expect(result.records).toEqual([
      expect.objectContaining({
        actor: 'Administrator',
        category: 'Client Certificate',
        objectId: DEFAULT,
        field: 'Export',
        newValue: 'pem',
      }),
    ])
  })

  it('refuses a removed or unknown certificate and a missing format, changing nothing', () => {
    const moved = advanceTo(smallLandscape(), '2027-03-15')
    if (!moved.ok) throw new Error(moved.error.message)
    const state = moved.state
    const snapshot = structuredClone(state)
    expect(
      transition(state, { type: 'recordExport', certificateId: DEFAULT, format: 'pem' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CertificateRemoved', field: 'certificateId' },
    })
    expect(
      transition(state, { type: 'recordExport', certificateId: 'nope', format: 'pem' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'UnknownCertificate' },
    })
    expect(
      transition(state, { type: 'recordExport', certificateId: 'default-2027-02-01', format: ' ' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'InvalidCommand', field: 'format' },
    })
    expect(state).toEqual(snapshot)
  })
})
