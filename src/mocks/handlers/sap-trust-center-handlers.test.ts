import { beforeAll, describe, expect, it } from 'vitest'
import { trustCenterCertificateList } from '../../api/contracts/sap-trust-center'
import { fields, openssl, tempFile } from '../pki/openssl.test-helper'
import { api, resetTo, startApiServer } from '../testing/api-server'

const { backend } = startApiServer()

beforeAll(() => resetTo('halfway'))

const list = async () =>
  trustCenterCertificateList.parse((await api('sap-trust-center/certificates')).body).items

describe('GET /api/sap-trust-center/certificates', () => {
  it('lists the root and the intermediate CA of the system’s chain, described by their CN', async () => {
    const { chain } = (await backend.read()).pki
    const [root, intermediate, ...more] = await list()
    expect(more).toEqual([])
    expect(root).toEqual({
      id: 'sap-cloud-root-ca',
      description: chain.root.material.subject.CN,
      subject: chain.root.material.subject.text,
      issuer: chain.root.material.subject.text,
      validFrom: chain.root.material.validFrom,
      validTo: chain.root.material.validTo,
      fingerprintSha256: chain.root.material.fingerprintSha256,
      role: 'Root CA',
    })
    expect(intermediate).toMatchObject({
      id: 'sap-client-ca',
      description: chain.clientCa.material.subject.CN,
      subject: expect.stringMatching(/^CN=/),
      // The intermediate is signed by the root: its issuer is the root's subject.
      issuer: root!.subject,
      fingerprintSha256: chain.clientCa.material.fingerprintSha256,
      role: 'Intermediate CA',
    })
    expect(intermediate!.fingerprintSha256).not.toBe(root!.fingerprintSha256)
  })
})

describe('GET /api/sap-trust-center/certificates/:id/export', () => {
  it.each([
    ['sap-cloud-root-ca', 'pem', 'PEM', 'application/x-pem-file', '.pem'],
    ['sap-cloud-root-ca', 'crt', 'PEM', 'application/x-x509-user-cert', '.crt'],
    ['sap-cloud-root-ca', 'der', 'DER', 'application/pkix-cert', '.cer'],
    ['sap-client-ca', 'pem', 'PEM', 'application/x-pem-file', '.pem'],
    ['sap-client-ca', 'crt', 'PEM', 'application/x-x509-user-cert', '.crt'],
    ['sap-client-ca', 'der', 'DER', 'application/pkix-cert', '.cer'],
  ])(
    '%s as %s: one certificate that openssl reads, the listed fingerprint',
    async (id, format, inform, type, extension) => {
      const listed = (await list()).find((item) => item.id === id)!
      const { status, headers, body } = await api(
        `sap-trust-center/certificates/${id}/export?format=${format}`,
      )
      expect(status).toBe(200)
      expect(headers.get('Content-Type')).toBe(type)
      const baseName = listed.description
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/-$/, '')
      expect(headers.get('Content-Disposition')).toBe(
        `attachment; filename="${baseName}${extension}"`,
      )
      const file = tempFile(`${id}-${format}`, new Uint8Array(body as ArrayBuffer))
      expect(openssl('storeutl', '-noout', '-certs', file)).toContain('Total found: 1')
      const out = fields(
        openssl('x509', '-inform', inform, '-in', file, '-noout', '-fingerprint', '-sha256'),
      )
      expect(out['sha256 Fingerprint']).toBe(listed.fingerprintSha256)
    },
  )

  it('answers 404 with the error body for an unknown certificate', async () => {
    const { status, body } = await api(
      'sap-trust-center/certificates/client-default/export?format=pem',
    )
    expect(status).toBe(404)
    expect(body.error).toMatchObject({ code: 'NotFound', details: [] })
    expect(body.error.message).toContain('client-default')
  })

  it.each([['?format=p7b'], ['?format=PEM'], ['']])(
    'refuses the format "%s" with 400 and the reason on field format',
    async (query) => {
      const { status, body } = await api(
        `sap-trust-center/certificates/sap-cloud-root-ca/export${query}`,
      )
      expect(status).toBe(400)
      expect(body.error).toMatchObject({ code: 'UnknownFormat', details: [{ field: 'format' }] })
    },
  )
})
