import { beforeAll, describe, expect, it } from 'vitest'
import { clientCertificate, clientCertificateList } from '../../api/contracts/client-certificates'
import { communicationSystemList } from '../../api/contracts/communication-systems'
import { readinessReport } from '../../api/contracts/rotation'
import { api, resetTo, startApiServer } from '../testing/api-server'

startApiServer()

beforeAll(() => resetTo('halfway'))

const descriptions = async (query = '') =>
  clientCertificateList
    .parse((await api(`client-certificates${query}`)).body)
    .items.map((row) => row.description)

describe('GET /api/client-certificates', () => {
  it('lists the two defaults and the customer certificate, with status and removal date', async () => {
    const { body } = await api('client-certificates')
    const items = clientCertificateList.parse(body).items
    expect(items.find((row) => row.description === 'Client Default Expiring')).toMatchObject({
      managedBy: 'SAP',
      status: 'Expiring',
      removalDate: '2027-03-01',
    })
    expect(items.find((row) => row.description === 'Client Default')).toMatchObject({
      status: 'Valid',
      validFrom: '2027-02-01',
      validTo: '2028-02-01',
    })
  })

  it('gives each certificate its role; the systems list and the readiness rows say the same', async () => {
    const certificates = clientCertificateList.parse((await api('client-certificates')).body).items
    const roles = new Map(certificates.map((row) => [row.id, row.role]))
    expect(Object.fromEntries(roles)).toEqual({
      'default-2026-08-01': 'Client Default Expiring',
      'default-2027-02-01': 'Client Default',
      'customer-1': 'Customer',
    })
    const systems = communicationSystemList.parse((await api('communication-systems')).body).items
    const used = systems.flatMap((system) => system.certificates)
    expect(used.length).toBeGreaterThan(0)
    for (const certificate of used) expect(certificate.role).toBe(roles.get(certificate.id))
    const rows = readinessReport.parse((await api('rotation/readiness')).body).rows
    expect(new Set(rows.map((row) => row.certificateRole))).toEqual(
      new Set(['Client Default', 'Client Default Expiring', 'Customer']),
    )
    for (const row of rows) expect(row.certificateRole).toBe(roles.get(row.certificateId))
  })

  it('searches and filters; refuses an unknown status', async () => {
    expect(await descriptions('?search=edi')).toEqual(['EDI Gateway Client Certificate'])
    expect(await descriptions('?managedBy=Customer')).toEqual(['EDI Gateway Client Certificate'])
    expect(await descriptions('?status=Expiring')).toEqual(['Client Default Expiring'])
    const bad = await api('client-certificates?status=Dead')
    expect(bad.status).toBe(400)
    expect(bad.body.error.details[0].field).toBe('status')
  })
})

describe('GET /api/client-certificates/:id and its export', () => {
  it('lists the arrangements whose outbound user presents the certificate, by name', async () => {
    const { body } = await api('client-certificates/default-2026-08-01')
    const names = clientCertificate.parse(body).arrangementUsage.map((usage) => usage.name)
    // Halfway: these arrangements' users still present Client Default Expiring.
    expect(names).toEqual([
      'SAP_COM_0A69',
      'Z_CRM_ACCOUNTS',
      'Z_HR_BUSINESS_PARTNER',
      'Z_TAX_PARTNERS',
    ])
  })

  it('answers the details with usage; 404 for an unknown id', async () => {
    const { body } = await api('client-certificates/customer-1')
    expect(clientCertificate.parse(body).usage).toEqual([
      expect.objectContaining({ systemId: 'EDI-GATEWAY', userName: 'BTP_EDI_ORDERS' }),
    ])
    expect(clientCertificate.parse(body).arrangementUsage).toEqual([
      {
        name: 'Z_EDI_ORDERS',
        scenarioId: 'SAP_COM_0008',
        scenarioDescription: 'Business Partner, Customer and Supplier Integration',
        systemId: 'EDI-GATEWAY',
        userId: expect.any(String),
        userName: 'BTP_EDI_ORDERS',
      },
    ])
    const unknown = await api('client-certificates/nope')
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.code).toBe('NotFound')
  })

  it('answers 410 for a certificate a rotation removed, also for its export', async () => {
    await resetTo('after-rotation-nobody-acted')
    const gone = await api('client-certificates/default-2026-08-01')
    expect(gone.status).toBe(410)
    expect(gone.body.error).toMatchObject({ code: 'CertificateRemoved', removedOn: '2027-03-01' })
    const exported = await api('client-certificates/default-2026-08-01/export?format=pem')
    expect(exported.status).toBe(410)
    await resetTo('halfway')
  })

  it.each([
    ['pem', 'application/x-pem-file', '.pem'],
    ['crt', 'application/x-x509-user-cert', '.crt'],
    ['der', 'application/pkix-cert', '.cer'],
    ['p7b', 'application/x-pkcs7-certificates', '.p7b'],
  ])('exports %s with its Content-Type and file name', async (format, type, extension) => {
    const { status, headers } = await api(
      `client-certificates/default-2027-02-01/export?format=${format}`,
    )
    expect(status).toBe(200)
    expect(headers.get('Content-Type')).toBe(type)
    expect(headers.get('Content-Disposition')).toBe(
      `attachment; filename="client-default-2027-02-01${extension}"`,
    )
  })

  it('remembers an export: the certificate shows the day, the audit log the format', async () => {
    await resetTo('halfway')
    const id = 'default-2027-02-01'
    const before = clientCertificate.parse((await api(`client-certificates/${id}`)).body)
    expect(before.lastExportedOn).toBeUndefined()
    expect((await api(`client-certificates/${id}/export?format=crt`)).status).toBe(200)
    const after = clientCertificate.parse((await api(`client-certificates/${id}`)).body)
    expect(after.lastExportedOn).toBe('2027-02-14')
    const { body } = await api('events?limit=1')
    expect(body.items[0]).toMatchObject({
      actor: 'Administrator',
      objectId: id,
      field: 'Export',
      newValue: 'crt',
    })
  })

  it('refuses an unknown format with 400', async () => {
    const { status, body } = await api('client-certificates/customer-1/export?format=pfx')
    expect(status).toBe(400)
    expect(body.error).toMatchObject({ code: 'UnknownFormat', details: [{ field: 'format' }] })
  })
})
