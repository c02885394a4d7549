import { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { clientCertificate, type ClientCertificate } from '../../api/contracts/client-certificates'
import { fields, openssl, opensslCertificates, tempFile } from '../pki/openssl.test-helper'
import { api, resetTo, startApiServer } from '../testing/api-server'

startApiServer()

let certificates: ClientCertificate[] = []

beforeAll(async () => {
  await resetTo('halfway')
  const { body } = await api('client-certificates')
  certificates = await Promise.all(
    body.items.map(async (row: { id: string }) =>
      clientCertificate.parse((await api(`client-certificates/${row.id}`)).body),
    ),
  )
})

async function download(id: string, format: string) {
  const { status, headers, body } = await api(`client-certificates/${id}/export?format=${format}`)
  expect(status).toBe(200)
  const name = /filename="([^"]+)"/.exec(headers.get('Content-Disposition') ?? '')?.[1]
  expect(name).toMatch(/^[a-z0-9._-]+\.(pem|crt|cer|p7b)$/)
  return tempFile(`${id}-${name}`, new Uint8Array(body as ArrayBuffer))
}

const day = (text: string) => new Date(text).toISOString().slice(0, 10)

/** What openssl reads from a certificate, in the API's notation. */
function opensslFacts(file: string, inform: 'PEM' | 'DER') {
  const out = fields(
    openssl(
      'x509',
      '-inform',
      inform,
      '-in',
      file,
      '-noout',
      '-fingerprint',
      '-sha256',
      '-serial',
      '-startdate',
      '-enddate',
    ),
  )
  return {
    fingerprintSha256: out['sha256 Fingerprint'],
    serialNumber: out.serial,
    validFrom: day(out.notBefore!),
    validTo: day(out.notAfter!),
  }
}

const apiFacts = (c: ClientCertificate) => ({
  fingerprintSha256: c.fingerprintSha256,
  serialNumber: c.serialNumber,
  validFrom: c.validFrom,
  validTo: c.validTo,
})

describe('exports match what the API says', () => {
  it('lists Client Default, Client Default Expiring and the customer certificate', () => {
    expect(certificates.map((c) => c.description).sort()).toEqual([
      'Client Default',
      'Client Default Expiring',
      'EDI Gateway Client Certificate',
    ])
  })

  it('pem, crt and der read the same in openssl and node:crypto', async () => {
    for (const certificate of certificates) {
      const expected = apiFacts(certificate)
      for (const [format, inform] of [
        ['pem', 'PEM'],
        ['crt', 'PEM'],
        ['der', 'DER'],
      ] as const) {
        const file = await download(certificate.id, format)
        expect(opensslFacts(file, inform), `${certificate.id}.${format}`).toEqual(expected)
        const node = new X509Certificate(readFileSync(file))
        expect({
          fingerprintSha256: node.fingerprint256,
          serialNumber: node.serialNumber.replace(/^(00)+/, ''),
          validFrom: day(node.validFrom),
          validTo: day(node.validTo),
        }).toEqual(expected)
        expect(node.subject).toContain(`CN=${certificate.subject.CN}`)
      }
    }
  })

  it('every format holds exactly one certificate for openssl, the client certificate', async () => {
    for (const certificate of certificates) {
      for (const format of ['pem', 'crt', 'der', 'p7b'] as const) {
        const found = opensslCertificates(await download(certificate.id, format), format)
        expect(found, `${certificate.id}.${format}`).toHaveLength(1)
        const leaf = tempFile(`${certificate.id}-${format}-found.pem`, found[0]!)
        expect(opensslFacts(leaf, 'PEM'), `${certificate.id}.${format}`).toEqual(
          apiFacts(certificate),
        )
      }
    }
  })
})
