import { beforeEach, describe, expect, it } from 'vitest'
import { customerCaCertificate, signedByCustomerCa } from '../../api/contracts/customer-ca'
import { api, resetTo, startApiServer } from '../testing/api-server'

startApiServer()

beforeEach(() => resetTo('halfway'))

async function signingRequest() {
  const created = await api('client-certificates', {
    method: 'POST',
    body: {
      description: 'EDI client 2027',
      subject: { CN: 'edi-client.example.com', O: 'Example Corp' },
    },
  })
  return new Uint8Array((await api(`client-certificates/${created.body.id}/signing-request`)).body)
}

describe('the customer CA', () => {
  it('answers a signed request as one .pem: the certificate once, then the root', async () => {
    const signed = await api('customer-ca/sign', { method: 'POST', body: await signingRequest() })
    const pem = new TextDecoder().decode(signed.body)
    expect(pem.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(2)
    const root = new TextDecoder().decode((await api('customer-ca/certificate')).body)
    expect(pem.endsWith(root)).toBe(true)
  })
})

describe('the customer CA for a screen (JSON)', () => {
  it('describes the root it hands out as PEM', async () => {
    const root = customerCaCertificate.parse((await api('customer-ca')).body)
    expect(root).toMatchObject({
      subject: 'CN=Customer Root CA (simulated), O=Example Customer',
      issuer: 'CN=Customer Root CA (simulated), O=Example Customer',
      validFrom: '2027-02-14',
    })
    const pem = new TextDecoder().decode((await api('customer-ca/certificate')).body)
    expect(pem).toContain('-----BEGIN CERTIFICATE-----')
    // The same root on the next read: made once per landscape.
    expect(customerCaCertificate.parse((await api('customer-ca')).body)).toEqual(root)
  })

  it('signs a request with format=json: the file to download and the certificate, two years', async () => {
    const signed = await api('customer-ca/sign?format=json', {
      method: 'POST',
      body: await signingRequest(),
    })
    expect(signed.status).toBe(200)
    const answer = signedByCustomerCa.parse(signed.body)
    expect(answer.certificate).toMatchObject({
      subject: 'CN=edi-client.example.com, O=Example Corp',
      issuer: 'CN=Customer Root CA (simulated), O=Example Customer',
      validFrom: '2027-02-14',
      validTo: '2029-02-14',
    })
    expect(answer.pem.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(2)
    const root = new TextDecoder().decode((await api('customer-ca/certificate')).body)
    expect(answer.pem.endsWith(root)).toBe(true)
    expect(answer.pem).not.toMatch(/PRIVATE KEY/)
  })

  it('refuses what is not a request as the file answer does', async () => {
    const refused = await api('customer-ca/sign?format=json', {
      method: 'POST',
      body: new TextEncoder().encode('not a request'),
    })
    expect(refused.status).toBe(400)
    expect(refused.body.error.code).toBe('UploadRejected')
  })
})
