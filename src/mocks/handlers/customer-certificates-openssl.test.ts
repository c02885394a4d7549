import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { opensslLine, readTemp, tempFile } from '../pki/openssl.test-helper'
import { makeOpensslCa, opensslSign } from '../pki/signed-certificate.test-helper'
import { api, resetTo, startApiServer } from '../testing/api-server'

// openssl on the other side of the API: it verifies our request, signs it, and writes the PKCS #12
// files an administrator would upload. Its certificates start on the real day and last long enough
// to cover the simulated Feb 14, 2027 of the halfway scenario.
const DAYS = 1500

startApiServer()

beforeAll(() => {
  makeOpensslCa('partnerca', 'Partner Corp')
  opensslLine(
    `req -x509 -newkey rsa:2048 -nodes -keyout p12.key -out p12.pem -days ${DAYS} -subj /CN=p12-client.example.com`,
  )
  opensslLine('pkcs12 -export -inkey p12.key -in p12.pem -passout pass:secret -out client.p12')
})

beforeEach(() => resetTo('halfway'))

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')

describe('customer certificates with openssl as the CA and as the keystore tool', () => {
  it('the request verifies in openssl with the subject entered; openssl’s certificate uploads and is Valid', async () => {
    const subject = {
      CN: 'edi.example.com',
      O: 'Example Corp',
      L: 'Chicago',
      ST: 'Illinois',
      C: 'US',
    }
    const created = await api('client-certificates', {
      method: 'POST',
      body: { description: 'Signed by openssl', subject },
    })
    const csr = await api(`client-certificates/${created.body.id}/signing-request`)
    tempFile('api.csr', new Uint8Array(csr.body))
    const verified = opensslLine('req -in api.csr -verify -noout -subject -nameopt RFC2253')
    expect(verified).toContain('CN=edi.example.com,O=Example Corp,L=Chicago,ST=Illinois,C=US')
    const signed = opensslSign('api.csr', 'partnerca', 'api.pem', 'client', DAYS)
    const uploaded = await api(`client-certificates/${created.body.id}/signed-certificate`, {
      method: 'POST',
      body: new TextEncoder().encode(signed),
    })
    expect(uploaded.status).toBe(200)
    expect(uploaded.body).toMatchObject({ status: 'Valid', issuedBy: 'Partner Corp Root CA' })
  })

  it('a certificate openssl signed for another key is refused', async () => {
    const created = await api('client-certificates', {
      method: 'POST',
      body: { description: 'x', subject: { CN: 'x.example.com' } },
    })
    opensslLine(
      'req -new -newkey rsa:2048 -nodes -keyout other.key -out other.csr -subj /CN=x.example.com',
    )
    const other = opensslSign('other.csr', 'partnerca', 'other.pem', 'client', DAYS)
    const refused = await api(`client-certificates/${created.body.id}/signed-certificate`, {
      method: 'POST',
      body: new TextEncoder().encode(other),
    })
    expect(refused.status).toBe(400)
    expect(refused.body.error.reason).toBe('wrong-key')
  })

  it('imports openssl pkcs12 -export with the right password; refuses a wrong one', async () => {
    const file = base64(readTemp('client.p12'))
    const wrong = await api('client-certificates/pkcs12', {
      method: 'POST',
      body: { file, password: 'guess', description: 'P12' },
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body.error).toMatchObject({ code: 'UploadRejected' })
    expect(wrong.body.error.details[0].field).toBe('file')
    const imported = await api('client-certificates/pkcs12', {
      method: 'POST',
      body: { file, password: 'secret', description: 'P12' },
    })
    expect(imported.status).toBe(201)
    expect(imported.body).toMatchObject({
      status: 'Valid',
      category: 'Not Assigned',
      issuedTo: 'p12-client.example.com',
    })
    const twice = await api('client-certificates/pkcs12', {
      method: 'POST',
      body: { file, password: 'secret', description: 'P12 again' },
    })
    expect(twice.status).toBe(409)
    expect(twice.body.error.code).toBe('DuplicateCertificate')
  })
})
