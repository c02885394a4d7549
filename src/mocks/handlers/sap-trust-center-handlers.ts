import { http, HttpResponse } from 'msw'
import { trustCenterExportFormat } from '../../api/contracts/sap-trust-center'
import type { SimulatedBackend } from '../backend/simulated-backend'
import { errorResponse, notFound, parseValue } from '../http/responses'
import { route } from '../http/route'
import { trustCenterCertificate, trustCenterCertificates } from '../views/sap-trust-center-view'

/**
 * SAP Trust Center (simulated): the root and intermediate CA certificates of the simulated PKI,
 * published apart from the client certificates (whose export holds no chain).
 */
export function sapTrustCenterHandlers(backend: SimulatedBackend) {
  return [
    http.get(
      '*/api/sap-trust-center/certificates',
      route(async () =>
        HttpResponse.json({ items: trustCenterCertificates(await backend.read()) }),
      ),
    ),
    http.get(
      '*/api/sap-trust-center/certificates/:id/export',
      route(async ({ params, request }) => {
        const format = parseValue(
          new URL(request.url).searchParams.get('format'),
          trustCenterExportFormat,
        )
        if (!format.ok) {
          return errorResponse(400, 'UnknownFormat', 'Choose an export format: pem, crt or der.', [
            { field: 'format', message: 'Use pem, crt or der.' },
          ])
        }
        const found = trustCenterCertificate(await backend.read(), String(params.id))
        if (!found) return notFound('CA certificate', String(params.id))
        // The PKI chunk (x509, its DI container) loads on the first export, not at start-up.
        await import('reflect-metadata')
        const { exportCertificate, contentDisposition } = await import('../pki/export-certificate')
        // A published CA is downloaded, not issued: no export record, the store is only read.
        const file = exportCertificate(found.record.pem, format.value, found.description)
        return new HttpResponse(file.body, {
          headers: {
            'Content-Type': file.contentType,
            'Content-Disposition': contentDisposition(file.fileName),
          },
        })
      }),
    ),
  ]
}
