import { describe, expect, it } from 'vitest'
import { fakeMaterial, trustedEntry } from './testing/landscape'
import {
  HOST,
  PASSWORD_USER,
  S,
  SSL_USER,
  partnerId,
  refusalLandscape,
  expectRefusal,
  type RefusalCase,
} from './testing/refusal-fixture'
import { transition } from './transition'

// Certificates, external systems and connection checks, refused.
const trusted = {
  fingerprintSha256: 'ab',
  subject: 'CN=x',
  serialNumber: '1',
  validFrom: '2027-01-01',
  validTo: '2028-01-01',
  isCa: false,
}

const useCustomerCertificate: RefusalCase[4] = (state) => ({
  type: 'updateOutboundUser',
  systemId: S,
  userId: SSL_USER,
  changes: { clientCertificateId: partnerId(state) },
})

const cases: RefusalCase[] = [
  [
    'add a certificate without description',
    () => ({
      type: 'addCustomerCertificate',
      description: ' ',
      validFrom: '2027-01-01',
      validTo: '2028-01-01',
      material: fakeMaterial('c'),
    }),
    'InvalidCommand',
    'description',
  ],
  [
    'add a certificate valid from a non-date',
    () => ({
      type: 'addCustomerCertificate',
      description: 'c',
      validFrom: '2027-13-01',
      validTo: '2028-01-01',
      material: fakeMaterial('c'),
    }),
    'InvalidDate',
    'validFrom',
  ],
  [
    'add a certificate that ends before it starts',
    () => ({
      type: 'addCustomerCertificate',
      description: 'c',
      validFrom: '2028-01-01',
      validTo: '2027-01-01',
      material: fakeMaterial('c'),
    }),
    'InvalidCommand',
    'validTo',
  ],
  [
    'add a certificate without fingerprint',
    () => ({
      type: 'addCustomerCertificate',
      description: 'c',
      validFrom: '2027-01-01',
      validTo: '2028-01-01',
      material: { ...fakeMaterial('c'), fingerprintSha256: '' },
    }),
    'InvalidCommand',
    'material',
  ],
  [
    'add a certificate twice',
    () => ({
      type: 'addCustomerCertificate',
      description: 'again',
      validFrom: '2027-01-01',
      validTo: '2028-01-01',
      material: fakeMaterial('partner'),
    }),
    'DuplicateCertificate',
    'file',
  ],
  [
    'delete an unknown certificate',
    () => ({ type: 'deleteCustomerCertificate', certificateId: 'nope' }),
    'UnknownCertificate',
    'certificateId',
  ],
  [
    'delete Client Default',
    () => ({ type: 'deleteCustomerCertificate', certificateId: 'default-2027-02-01' }),
    'CertificateManagedBySap',
    'certificateId',
  ],
  [
    'delete a certificate in use',
    (state) => ({ type: 'deleteCustomerCertificate', certificateId: partnerId(state) }),
    'CertificateInUse',
    'certificateId',
    useCustomerCertificate,
  ],
  [
    'create an external system twice',
    () => ({ type: 'createExternalSystem', host: HOST }),
    'DuplicateExternalSystem',
    'host',
  ],
  [
    'create an external system with capacity 2',
    () => ({ type: 'createExternalSystem', host: 'new', capacity: 2 as never }),
    'InvalidCommand',
    'capacity',
  ],
  [
    'update an unknown external system',
    () => ({ type: 'updateExternalSystem', host: 'nope', changes: { capacity: 'single' } }),
    'UnknownExternalSystem',
    'host',
  ],
  [
    'answer with 500',
    () => ({ type: 'updateExternalSystem', host: HOST, changes: { rejectionCode: 500 as never } }),
    'InvalidCommand',
    'rejectionCode',
  ],
  [
    'trust at an unknown host',
    () => ({ type: 'trustCertificate', host: 'nope', certificate: trusted }),
    'UnknownExternalSystem',
    'host',
  ],
  [
    'trust without fingerprint',
    () => ({
      type: 'trustCertificate',
      host: HOST,
      certificate: { ...trusted, fingerprintSha256: '' },
    }),
    'InvalidCommand',
    'fingerprintSha256',
  ],
  [
    'trust with a bad validity date',
    () => ({
      type: 'trustCertificate',
      host: HOST,
      certificate: { ...trusted, validTo: '2027-02-29' },
    }),
    'InvalidDate',
    'validTo',
  ],
  [
    'remove a certificate the store does not hold',
    () => ({ type: 'removeTrustedCertificate', host: HOST, fingerprintSha256: 'ff' }),
    'NotTrusted',
    'fingerprintSha256',
  ],
  [
    'remove from an unknown host',
    () => ({ type: 'removeTrustedCertificate', host: 'nope', fingerprintSha256: 'ff' }),
    'UnknownExternalSystem',
    'host',
  ],
  [
    'check an unknown user',
    () => ({ type: 'recordConnectionCheck', systemId: S, userId: 'nope' }),
    'UnknownUser',
    'userId',
  ],
  [
    'check a password user',
    () => ({ type: 'recordConnectionCheck', systemId: S, userId: PASSWORD_USER }),
    'NotCertificateBased',
    'userId',
  ],
]

describe('bad input: a typed error, the state untouched', () => {
  it.each(cases)('%s → %s', (...refusal) => expectRefusal(refusal))
})

describe('refusals with details', () => {
  it('choosing a removed certificate names the removal date in the message', () => {
    const result = transition(refusalLandscape(), {
      type: 'updateOutboundUser',
      systemId: S,
      userId: SSL_USER,
      changes: { clientCertificateId: 'default-2026-08-01' },
    })
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('removed on 2027-03-01') },
    })
  })

  it('a certificate deleted by the administrator cannot be deleted again', () => {
    const state = refusalLandscape()
    const id = partnerId(state)
    const deleted = transition(state, { type: 'deleteCustomerCertificate', certificateId: id })
    expect(deleted.ok).toBe(true)
    const again = transition(deleted.state, {
      type: 'deleteCustomerCertificate',
      certificateId: id,
    })
    expect(again).toMatchObject({ ok: false, error: { code: 'CertificateRemoved' } })
  })

  it('trustedEntry refuses a certificate that is not listed (test helper guard)', () => {
    expect(() => trustedEntry(refusalLandscape(), 'default-2026-08-01')).toThrow()
  })
})
