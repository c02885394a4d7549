import { describe, expect, it } from 'vitest'
import { certificateStatusOn, usabilityOn } from './certificates'
import { readinessReport } from './readiness'
import { transition } from './transition'
import { fakeRequest, fakeSignedUpload } from './testing/customer-certificates'
import { advanceTo, fakeMaterial } from './testing/landscape'
import { A, B, run, switchTo } from './testing/overlap-fixture'
import { buildLandscape } from './testing/landscape'
import type { Command } from './commands'
import type { ChangeRecord, ListedCertificate, RotationState, TrustedCertificate } from './types'

// One company certificate, rehearsed as SAP's app has it: request, upload, category, switch, replace, delete.

const start = () =>
  buildLandscape({
    today: '2027-01-15',
    systems: 2,
    usersPerSystem: 2,
    certificateUsersPerSystem: 1,
  })

const create = (seed = 'edi'): Command => ({
  type: 'createSigningRequest',
  description: 'EDI client',
  request: fakeRequest(seed),
})
const setCategory = (
  certificateId: string,
  category = 'Client Default for ABAP on BTP' as const,
): Command => ({
  type: 'updateCustomerCertificate',
  certificateId,
  changes: { category },
})

function certificate(state: RotationState, id: string): ListedCertificate {
  const found = state.certificates.find((c) => c.id === id)
  if (!found || found.removedOn !== undefined) throw new Error(`${id} is not listed`)
  return found as ListedCertificate
}

function refusal(state: RotationState, command: Command) {
  const result = transition(state, command)
  if (result.ok) throw new Error('expected a refusal')
  expect(result.state).toBe(state)
  return result.error
}

/** Trust a certificate's material at a host (what uploading it to the external system does). */
function trust(state: RotationState, host: string, id: string): Command {
  const { material, validFrom, validTo } = certificate(state, id)
  const entry: Omit<TrustedCertificate, 'uploadedOn'> = {
    fingerprintSha256: material!.fingerprintSha256,
    subject: material!.subject,
    serialNumber: material!.serialNumber,
    validFrom: validFrom!,
    validTo: validTo!,
    isCa: false,
  }
  return { type: 'trustCertificate', host, certificate: entry }
}

/** Created, signed, uploaded, in SAP's category, user A switched to it and trusted at its host. */
function inUse() {
  const created = transition(start(), create())
  if (!created.ok) throw new Error(created.error.message)
  const id = created.createdId ?? ''
  const state = run(
    created.state,
    fakeSignedUpload(id, 'edi', '2027-01-10', '2029-01-10'),
    setCategory(id),
  )
  return { id, state: run(state, trust(state, A.host, id), switchTo(A, id)) }
}

describe('a signing request', () => {
  it('creates a listed entry without material: Signing Request Created, Not Assigned', () => {
    const before = start()
    const result = transition(before, create())
    if (!result.ok) throw new Error(result.error.message)
    expect(result.createdId).toBe(`customer-${before.nextObjectId}`)
    const entry = certificate(result.state, result.createdId ?? '')
    expect(entry).toMatchObject({
      kind: 'Customer',
      managedBy: 'Customer',
      category: 'Not Assigned',
      material: null,
      pendingRequest: { ...fakeRequest('edi'), requestedOn: '2027-01-15' },
    })
    expect(entry.validFrom).toBeUndefined()
    expect(certificateStatusOn(entry, '2027-01-15')).toBe('Signing Request Created')
    expect(result.records).toEqual([
      expect.objectContaining({ category: 'Client Certificate', objectId: entry.id }),
    ])
  })

  it('refuses an empty description, subject or a request that is not PEM', () => {
    const state = start()
    expect(refusal(state, { ...create(), description: ' ' } as Command).field).toBe('description')
    const bad = (request: object) =>
      refusal(state, { type: 'createSigningRequest', description: 'x', request } as Command)
    expect(bad({ ...fakeRequest('a'), subject: '' }).field).toBe('subject')
    expect(bad({ ...fakeRequest('a'), csrPem: 'garbage' }).field).toBe('csrPem')
  })

  it('cannot be exported, set to SAP’s category or given to a user before its certificate is uploaded', () => {
    const created = transition(start(), create())
    if (!created.ok) throw new Error(created.error.message)
    const id = created.createdId ?? ''
    const state = created.state
    expect(refusal(state, { type: 'recordExport', certificateId: id, format: 'pem' }).code).toBe(
      'NoCertificateYet',
    )
    expect(refusal(state, setCategory(id))).toMatchObject({
      code: 'NoCertificateYet',
      field: 'category',
    })
    expect(refusal(state, switchTo(A, id))).toMatchObject({
      code: 'CertificateNotUsable',
      field: 'clientCertificateId',
    })
  })
})

describe('Upload Signed Certificate', () => {
  const created = () => {
    const result = transition(start(), create())
    if (!result.ok) throw new Error(result.error.message)
    return { state: result.state, id: result.createdId ?? '' }
  }

  it('answers the pending request: material in, request gone, status Valid', () => {
    const { state, id } = created()
    const result = transition(state, fakeSignedUpload(id, 'edi', '2027-01-10', '2029-01-10'))
    if (!result.ok) throw new Error(result.error.message)
    const entry = certificate(result.state, id)
    expect(entry.pendingRequest).toBeUndefined()
    expect(entry).toMatchObject({
      validFrom: '2027-01-10',
      validTo: '2029-01-10',
      category: 'Not Assigned',
    })
    expect(certificateStatusOn(entry, '2027-01-15')).toBe('Valid')
    expect(certificateStatusOn(entry, '2029-01-11')).toBe('Expired')
    expect((result.records[0] as ChangeRecord | undefined)?.message).toContain(
      'uploaded the signed certificate',
    )
  })

  it('refuses a certificate for another key, one already listed, and an entry without a request', () => {
    const { state, id } = created()
    expect(refusal(state, fakeSignedUpload(id, 'other', '2027-01-10', '2029-01-10'))).toMatchObject(
      {
        code: 'PublicKeyMismatch',
        field: 'file',
      },
    )
    const listed = state.certificates[0]!.material!
    expect(
      refusal(state, fakeSignedUpload(id, 'edi', '2027-01-10', '2029-01-10', listed)).code,
    ).toBe('DuplicateCertificate')
    const uploaded = run(state, fakeSignedUpload(id, 'edi', '2027-01-10', '2029-01-10'))
    expect(refusal(uploaded, fakeSignedUpload(id, 'edi', '2027-01-10', '2029-01-10')).code).toBe(
      'NoSigningRequest',
    )
    expect(
      refusal(uploaded, fakeSignedUpload('default-2026-08-01', 'edi', '2027-01-10', '2029-01-10'))
        .code,
    ).toBe('CertificateManagedBySap')
  })
})

describe('who may present a customer certificate', () => {
  it('needs material, validity on the day and the category Client Default for ABAP on BTP', () => {
    const { state, id } = inUse()
    const entry = certificate(state, id)
    expect(usabilityOn(entry, '2027-01-15')).toEqual({ usable: true })
    expect(usabilityOn(entry, '2027-01-09')).toMatchObject({
      usable: false,
      reason: 'not-yet-valid',
    })
    expect(usabilityOn(entry, '2029-01-11')).toMatchObject({ usable: false, reason: 'expired' })
    const imported = transition(state, {
      type: 'addCustomerCertificate',
      description: 'Imported',
      validFrom: '2027-01-01',
      validTo: '2028-01-01',
      material: fakeMaterial('p12'),
    })
    if (!imported.ok) throw new Error(imported.error.message)
    const error = refusal(imported.state, switchTo(B, imported.createdId ?? ''))
    expect(error.code).toBe('CertificateNotUsable')
    expect(error.message).toContain('Certificate Category Not Assigned')
  })

  it('locks the category while users present it; If-Match guards the edit', () => {
    const { state, id } = inUse()
    expect(refusal(state, setCategory(id, 'Not Assigned' as never))).toMatchObject({
      code: 'CertificateInUse',
      field: 'category',
    })
    const version = certificate(state, id).version
    const stale: Command = {
      type: 'updateCustomerCertificate',
      certificateId: id,
      changes: { description: 'Renamed' },
      expectedVersion: version - 1,
    }
    expect(refusal(state, stale).code).toBe('VersionConflict')
    const renamed = run(state, { ...stale, expectedVersion: version } as Command)
    expect(certificate(renamed, id)).toMatchObject({ description: 'Renamed', version: version + 1 })
    expect(
      refusal(state, {
        type: 'updateCustomerCertificate',
        certificateId: 'default-2026-08-01',
        changes: { description: 'Mine' },
      }).code,
    ).toBe('CertificateManagedBySap')
  })
})

describe('Replace', () => {
  it('keeps the old certificate in use until the upload, then users present the new one under the same id', () => {
    const { state, id } = inUse()
    const oldFingerprint = certificate(state, id).material!.fingerprintSha256
    const pending = run(state, {
      type: 'replaceCustomerCertificate',
      certificateId: id,
      request: fakeRequest('edi-2'),
    })
    const waiting = certificate(pending, id)
    expect(waiting.material?.fingerprintSha256).toBe(oldFingerprint)
    expect(waiting.pendingRequest?.publicKeySha256).toBe('KEY-edi-2')
    expect(certificateStatusOn(waiting, pending.today)).toBe('Valid')
    expect(
      readinessReport(pending).rows.find((r) => r.userId === A.userId)?.outcomeToday.status,
    ).toBe(200)

    const result = transition(pending, fakeSignedUpload(id, 'edi-2', '2027-01-15', '2030-01-15'))
    if (!result.ok) throw new Error(result.error.message)
    const replaced = certificate(result.state, id)
    expect(replaced.material?.fingerprintSha256).not.toBe(oldFingerprint)
    expect(replaced.category).toBe('Client Default for ABAP on BTP')
    const user = result.state.systems[0]?.outboundUsers.find((u) => u.id === A.userId)
    expect(user?.clientCertificateId).toBe(id)
    expect(result.records[0]).toMatchObject({
      field: 'Certificate',
      oldValue: oldFingerprint,
      newValue: replaced.material?.fingerprintSha256,
    })
    expect((result.records[0] as ChangeRecord | undefined)?.message).toContain(
      `${A.systemId}/OUT_0 now present the new certificate`,
    )
    // The external system pinned the old one: the replacement must be uploaded there too.
    expect(readinessReport(result.state).rows.find((r) => r.userId === A.userId)?.readiness).toBe(
      'Broken',
    )
  })
})

describe('Delete', () => {
  it('is refused while in use (naming the users), allowed once nobody uses it; a request alone can go', () => {
    const { state, id } = inUse()
    const error = refusal(state, { type: 'deleteCustomerCertificate', certificateId: id })
    expect(error).toMatchObject({ code: 'CertificateInUse' })
    expect(error.message).toContain(`${A.systemId}/OUT_0`)
    const away = run(state, switchTo(A, 'default-2026-08-01'))
    const deleted = run(away, { type: 'deleteCustomerCertificate', certificateId: id })
    expect(deleted.certificates.find((c) => c.id === id)?.removedOn).toBe('2027-01-15')

    const created = transition(start(), create())
    if (!created.ok) throw new Error(created.error.message)
    const gone = run(created.state, {
      type: 'deleteCustomerCertificate',
      certificateId: created.createdId ?? '',
    })
    expect(gone.certificates.at(-1)).toMatchObject({ removedOn: '2027-01-15' })
    expect(gone.certificates.at(-1)?.pendingRequest).toBeUndefined()
  })
})

describe('the default rotation leaves customer certificates alone', () => {
  it('across two rotations: entry and users untouched, still connecting, reported Not affected', () => {
    const { state, id } = inUse()
    const entry = certificate(state, id)
    const user = state.systems[0]?.outboundUsers.find((u) => u.id === A.userId)
    let current = state
    for (const to of ['2027-02-01', '2027-03-01', '2027-08-01', '2027-09-01']) {
      const moved = advanceTo(current, to)
      if (!moved.ok) throw new Error(moved.error.message)
      for (const record of moved.records) {
        if ('objectId' in record) expect(record.objectId).not.toBe(id)
        else expect(record.userIds).not.toContain(A.userId)
      }
      current = moved.state
    }
    expect(current.appliedEvents.filter((e) => e.type === 'Rotation')).toHaveLength(2)
    expect(certificate(current, id)).toEqual(entry)
    expect(current.systems[0]?.outboundUsers.find((u) => u.id === A.userId)).toEqual(user)
    const row = readinessReport(current).rows.find((r) => r.userId === A.userId)
    expect(row).toMatchObject({ readiness: 'Not affected', outcomeToday: { status: 200 } })
    expect(row?.predicted.migrated).toBe(false)
    expect(row?.warning).toBeUndefined()
  })

  it('warns when the customer certificate expires within the next 60 days', () => {
    const { state } = inUse()
    const days = (to: string) => {
      const moved = advanceTo(state, to)
      if (!moved.ok) throw new Error(moved.error.message)
      return readinessReport(moved.state).rows.find((r) => r.userId === A.userId)?.warning
    }
    expect(days('2028-11-10')).toBeUndefined()
    expect(days('2028-11-11')).toEqual({
      code: 'customer-certificate-expires-soon',
      date: '2029-01-10',
      daysLeft: 60,
    })
    expect(days('2029-01-10')).toMatchObject({ daysLeft: 0 })
  })
})
