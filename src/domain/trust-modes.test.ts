import { describe, expect, it } from 'vitest'
import type { Command } from './commands'
import { connectionOutcome, predictedOutcomeAtRotation } from './outcome'
import { readiness } from './readiness'
import {
  advanceTo,
  buildLandscape,
  FAKE_INTERMEDIATE,
  FAKE_ROOT,
  fakeMaterial,
  trustedCaEntry,
  trustedEntry,
} from './testing/landscape'
import { addUsableCustomerCertificate } from './testing/customer-certificates'
import { A, okState, run } from './testing/overlap-fixture'
import { transition } from './transition'
import type { ChainLink, RotationState, TrustMode } from './types'

// One system (A) whose external system pins or trusts issuers, on a Stable day before the issuance.
function landscape(trustMode: TrustMode, trustDefaults = true): RotationState {
  return buildLandscape({
    today: '2027-01-15',
    systems: 1,
    usersPerSystem: 1,
    trustMode,
    trustDefaults,
  })
}

const today = (state: RotationState) => connectionOutcome(state, A.systemId, A.userId)
const atRotation = (state: RotationState) => predictedOutcomeAtRotation(state, A.systemId, A.userId)
const status = (state: RotationState) => readiness(state, A.systemId, A.userId)
const moved = (state: RotationState, to: string) => okState(advanceTo(state, to))
const trust = (_state: RotationState, certificate: ReturnType<typeof trustedEntry>): Command => ({
  type: 'trustCertificate',
  host: A.host,
  certificate,
})

describe('an external system that pins certificates', () => {
  it('before the issuance: works today, and the prediction says the next default cannot be known yet', () => {
    const state = landscape('PinnedCertificate')
    expect(today(state)).toMatchObject({ value: { status: 200, reason: 'certificate-trusted' } })
    expect(status(state)).toEqual({ ok: true, value: 'OK' })
    expect(atRotation(state)).toMatchObject({
      value: {
        rotationDate: '2027-03-01',
        certificateId: 'default-2027-02-01',
        migrated: true,
        issuedOn: '2027-02-01',
        outcome: {
          status: 401,
          reason: 'certificate-not-issued-yet',
          detail: { date: '2027-02-01' },
        },
      },
    })
  })

  it('in the overlap: Upload pending until the new default is uploaded, then Switch pending', () => {
    const overlap = moved(landscape('PinnedCertificate'), '2027-02-10')
    expect(status(overlap)).toEqual({ ok: true, value: 'Upload pending' })
    const uploaded = run(overlap, trust(overlap, trustedEntry(overlap, 'default-2027-02-01')))
    expect(status(uploaded)).toEqual({ ok: true, value: 'Switch pending' })
    expect(atRotation(uploaded)).toMatchObject({
      value: { outcome: { status: 200, reason: 'certificate-trusted' } },
    })
  })

  it('after the rotation without an upload: the connection breaks', () => {
    const after = moved(landscape('PinnedCertificate'), '2027-03-01')
    expect(today(after)).toMatchObject({
      value: { status: 401, reason: 'certificate-not-trusted', trustMode: 'PinnedCertificate' },
    })
    expect(status(after)).toEqual({ ok: true, value: 'Broken' })
  })

  it('refuses a CA certificate: it would make nothing trusted', () => {
    const state = landscape('PinnedCertificate')
    const result = transition(state, trust(state, trustedCaEntry(FAKE_ROOT)))
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CaCertificateNotPinnable', field: 'file' },
    })
    expect(result.state).toBe(state)
  })
})

describe('an external system that trusts the issuer and has the root', () => {
  it('accepts every default of the chain, before the issuance, in the overlap and after the rotation, without any upload', () => {
    const stable = landscape('TrustedIssuer')
    expect(today(stable)).toMatchObject({
      value: { status: 200, reason: 'issuer-trusted', detail: { subject: FAKE_ROOT.subject } },
    })
    expect(atRotation(stable)).toMatchObject({
      value: { issuedOn: '2027-02-01', outcome: { status: 200, reason: 'issuer-trusted' } },
    })
    const overlap = moved(stable, '2027-02-10')
    expect(status(overlap)).toEqual({ ok: true, value: 'Switch pending' })
    const after = moved(overlap, '2027-03-01')
    expect(today(after)).toMatchObject({
      value: { status: 200, reason: 'issuer-trusted', certificateId: 'default-2027-02-01' },
    })
    const tenYearsOn = moved(after, '2037-03-01')
    expect(today(tenYearsOn)).toMatchObject({ value: { status: 200, reason: 'issuer-trusted' } })
  })
})

describe('an external system that trusts issuers but lacks the root', () => {
  // It holds today's Client Default itself: that works until SAP's next default arrives.
  function withLeafOnly(): RotationState {
    const state = landscape('TrustedIssuer', false)
    return run(state, trust(state, trustedEntry(state, 'default-2026-08-01')))
  }

  it('works today with the certificate itself, but the prediction fails: no trusted issuer', () => {
    const state = withLeafOnly()
    expect(today(state)).toMatchObject({ value: { status: 200, reason: 'certificate-trusted' } })
    expect(atRotation(state)).toMatchObject({
      value: {
        outcome: {
          status: 401,
          reason: 'issuer-not-trusted',
          detail: { subject: FAKE_ROOT.subject },
        },
      },
    })
    expect(status(moved(state, '2027-02-10'))).toEqual({ ok: true, value: 'Upload pending' })
    expect(today(moved(state, '2027-03-01'))).toMatchObject({
      value: { status: 401, reason: 'issuer-not-trusted' },
    })
  })

  it('uploading the root alone is enough, after the issuance and after the rotation', () => {
    const state = run(withLeafOnly(), trust(withLeafOnly(), trustedCaEntry(FAKE_ROOT)))
    expect(atRotation(state)).toMatchObject({ value: { outcome: { status: 200 } } })
    const after = moved(state, '2027-03-01')
    expect(today(after)).toMatchObject({
      value: { status: 200, reason: 'issuer-trusted', detail: { subject: FAKE_ROOT.subject } },
    })
  })

  it('the intermediate alone is a trusted issuer too', () => {
    const state = run(withLeafOnly(), trust(withLeafOnly(), trustedCaEntry(FAKE_INTERMEDIATE)))
    expect(today(moved(state, '2027-03-01'))).toMatchObject({
      value: { status: 200, detail: { subject: FAKE_INTERMEDIATE.subject } },
    })
  })
})

describe('broken chains at an external system that trusts the root', () => {
  // A customer certificate with a chain the test chooses; the user switches to it.
  function presenting(
    chain: readonly ChainLink[],
    chainBreak?: { reason: 'issuer-not-found' | 'signature-invalid'; issuer: string },
  ) {
    const state = landscape('TrustedIssuer')
    const material = { ...fakeMaterial('partner'), chain, ...(chainBreak ? { chainBreak } : {}) }
    const added = addUsableCustomerCertificate(state, {
      description: 'Partner',
      validFrom: '2027-01-01',
      validTo: '2028-01-01',
      material,
    })
    const { certificateId } = added
    return run(added.state, {
      type: 'updateOutboundUser',
      systemId: A.systemId,
      userId: A.userId,
      changes: { clientCertificateId: certificateId },
    })
  }

  it('a certificate from an issuer nobody knows: chain broken, the issuer named', () => {
    const state = presenting([], { reason: 'issuer-not-found', issuer: 'CN=Stranger CA' })
    expect(today(state)).toMatchObject({
      value: {
        status: 401,
        reason: 'chain-broken',
        detail: { subject: 'CN=Stranger CA', chainBreak: 'issuer-not-found' },
      },
    })
    expect(status(state)).toEqual({ ok: true, value: 'Broken' })
  })

  it('a certificate whose signature the intermediate does not verify: chain broken', () => {
    const state = presenting([], { reason: 'signature-invalid', issuer: FAKE_INTERMEDIATE.subject })
    expect(today(state)).toMatchObject({
      value: { reason: 'chain-broken', detail: { chainBreak: 'signature-invalid' } },
    })
  })

  it('a break above the trusted CA does not matter: the intermediate verified the certificate', () => {
    const state = presenting([FAKE_INTERMEDIATE], {
      reason: 'signature-invalid',
      issuer: FAKE_ROOT.subject,
    })
    const withIntermediate = run(state, trust(state, trustedCaEntry(FAKE_INTERMEDIATE)))
    expect(today(withIntermediate)).toMatchObject({
      value: { status: 200, reason: 'issuer-trusted' },
    })
    expect(today(state)).toMatchObject({ value: { reason: 'chain-broken' } })
  })

  it('an expired intermediate between the certificate and the root: refused, naming it and its date', () => {
    const expired = { ...FAKE_INTERMEDIATE, validTo: '2026-12-31' }
    expect(today(presenting([expired, FAKE_ROOT]))).toMatchObject({
      value: {
        status: 401,
        reason: 'issuer-expired',
        detail: { subject: FAKE_INTERMEDIATE.subject, date: '2026-12-31' },
      },
    })
    const future = { ...FAKE_INTERMEDIATE, validFrom: '2027-06-01' }
    expect(today(presenting([future, FAKE_ROOT]))).toMatchObject({
      value: { reason: 'issuer-not-yet-valid', detail: { date: '2027-06-01' } },
    })
  })

  it('validity of the certificate itself comes first', () => {
    const state = moved(presenting([FAKE_INTERMEDIATE, FAKE_ROOT]), '2028-01-02')
    expect(today(state)).toMatchObject({
      value: { reason: 'certificate-expired', detail: { date: '2028-01-01' } },
    })
  })
})

describe('switching the trust mode', () => {
  it('keeps the store; CA certificates count only while the system trusts issuers', () => {
    const issuer = landscape('TrustedIssuer')
    const pinned = run(issuer, {
      type: 'updateExternalSystem',
      host: A.host,
      changes: { trustMode: 'PinnedCertificate' },
    })
    expect(pinned.externalSystems[0]?.trustStore).toEqual(issuer.externalSystems[0]?.trustStore)
    expect(today(pinned)).toMatchObject({
      value: { status: 401, reason: 'certificate-not-trusted' },
    })
    const result = transition(pinned, {
      type: 'updateExternalSystem',
      host: A.host,
      changes: { trustMode: 'Trusting' as never },
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'InvalidCommand', field: 'trustMode' },
    })
  })
})

describe('OAuth 2.0 with mTLS client authentication', () => {
  const mtlsUser = {
    userName: 'BTP_OAUTH_MTLS',
    authenticationMethod: 'OAuth 2.0' as const,
    clientAuthentication: 'mTLS' as const,
    clientCertificateId: 'default-2026-08-01',
  }

  function withMtlsUser(): { state: RotationState; userId: string } {
    const state = landscape('PinnedCertificate')
    const added = transition(state, {
      type: 'addOutboundUser',
      systemId: A.systemId,
      user: mtlsUser,
    })
    if (!added.ok) throw new Error(added.error.message)
    return { state: added.state, userId: added.createdId ?? '' }
  }

  it('counts as certificate-based: outcome, readiness, and SAP migrates it on the rotation', () => {
    const { state, userId } = withMtlsUser()
    expect(connectionOutcome(state, A.systemId, userId)).toMatchObject({ value: { status: 200 } })
    const result = advanceTo(moved(state, '2027-02-28'), '2027-03-01')
    if (!result.ok) throw new Error(result.error.message)
    const user = result.state.systems[0]?.outboundUsers.find((u) => u.id === userId)
    expect(user).toMatchObject({
      clientAuthentication: 'mTLS',
      clientCertificateId: 'default-2027-02-01',
    })
    const batch = result.records.find((r) => 'kind' in r)
    expect(batch).toMatchObject({ kind: 'migration', date: '2027-03-01' })
    expect(batch && 'userIds' in batch ? batch.userIds : []).toContain(userId)
  })

  it('needs a Client Certificate with mTLS, none with Client Secret, and Client Authentication only with OAuth 2.0', () => {
    const state = landscape('PinnedCertificate')
    const add = (user: object) =>
      transition(state, { type: 'addOutboundUser', systemId: A.systemId, user: user as never })
    expect(add({ ...mtlsUser, clientCertificateId: undefined })).toMatchObject({
      ok: false,
      error: { code: 'InvalidCommand', field: 'clientCertificateId' },
    })
    expect(add({ ...mtlsUser, clientAuthentication: 'Client Secret' })).toMatchObject({
      ok: false,
      error: { field: 'clientCertificateId' },
    })
    expect(add({ ...mtlsUser, authenticationMethod: 'SSL Client Certificate' })).toMatchObject({
      ok: false,
      error: { field: 'clientAuthentication' },
    })
    expect(add({ ...mtlsUser, clientAuthentication: 'JWT' })).toMatchObject({
      ok: false,
      error: { field: 'clientAuthentication' },
    })
  })

  it('switching to Client Secret drops the certificate; the user is no longer certificate-based', () => {
    const { state, userId } = withMtlsUser()
    const next = run(state, {
      type: 'updateOutboundUser',
      systemId: A.systemId,
      userId,
      changes: { clientAuthentication: 'Client Secret' },
    })
    const user = next.systems[0]?.outboundUsers.find((u) => u.id === userId)
    expect(user).toEqual({
      id: userId,
      userName: mtlsUser.userName,
      authenticationMethod: 'OAuth 2.0',
      clientAuthentication: 'Client Secret',
    })
    expect(connectionOutcome(next, A.systemId, userId)).toMatchObject({
      ok: false,
      error: { code: 'NotCertificateBased' },
    })
  })
})

describe('host names compare case-insensitively', () => {
  it('a mixed-case host is one external system with the lower-case one, stored in lower case', () => {
    const state = landscape('PinnedCertificate')
    const created = run(state, {
      type: 'createSystem',
      system: { systemId: 'MIXED', hostName: 'HOST-0.Example.COM' },
    })
    expect(created.systems.at(-1)?.hostName).toBe('host-0.example.com')
    expect(created.externalSystems).toHaveLength(1)
    const renamed = run(created, {
      type: 'updateExternalSystem',
      host: 'Host-0.EXAMPLE.com',
      changes: { rejectionCode: 403 },
    })
    expect(renamed.externalSystems[0]).toMatchObject({
      host: 'host-0.example.com',
      rejectionCode: 403,
    })
    expect(
      transition(renamed, { type: 'createExternalSystem', host: 'HOST-0.example.com' }),
    ).toMatchObject({ ok: false, error: { code: 'DuplicateExternalSystem' } })
    const other = run(renamed, {
      type: 'updateSystem',
      systemId: 'MIXED',
      changes: { hostName: 'New-Host.Example.com' },
    })
    expect(other.systems.at(-1)?.hostName).toBe('new-host.example.com')
    expect(other.externalSystems.map((e) => e.host)).toContain('new-host.example.com')
  })
})
