import { http, HttpResponse } from 'msw'
import { certificateStatus, exportFormat, managedBy } from '../../api/contracts/client-certificates'
import { listedCertificates } from '../../domain/certificates'
import type { Certificate } from '../../domain/types'
import type { SimulatedBackend } from '../backend/simulated-backend'
import type { SimulatedSystem } from '../backend/simulated-system'
import { errorResponse, notFound, parseValue, parseQuery } from '../http/responses'
import { route } from '../http/route'
import { domainErrorResponse } from '../http/domain-errors'
import { etagOf } from '../http/etag'
import { applyCommand } from '../backend/apply-command'
import {
  certificateDetail,
  certificateSummary,
  systemsPerCertificate,
} from '../views/certificate-view'
import { z } from '../../api/contracts/zod'

const listQuery = z.object({
  search: z.string().optional(),
  status: certificateStatus.optional(),
  managedBy: managedBy.optional(),
})

/** Maintain Client Certificates: the list, one certificate, and its export. */
export function clientCertificateHandlers(backend: SimulatedBackend) {
  return [
    http.get(
      '*/api/client-certificates',
      route(async ({ request }) => {
        const query = parseQuery(request, listQuery)
        if (!query.ok) return query.response
        const system = await backend.read()
        const counts = systemsPerCertificate(system.state)
        const search = query.value.search?.trim().toLowerCase() ?? ''
        const items = listedCertificates(system.state)
          .map((certificate) =>
            certificateSummary(system, certificate, counts.get(certificate.id) ?? 0),
          )
          .filter((row) => !query.value.status || row.status === query.value.status)
          .filter((row) => !query.value.managedBy || row.managedBy === query.value.managedBy)
          .filter((row) =>
            [
              row.description,
              row.issuedTo,
              row.issuedBy,
              row.serialNumber,
              row.fingerprintSha256,
            ].some((text) => (text ?? '').toLowerCase().includes(search)),
          )
        return HttpResponse.json({ items })
      }),
    ),
    http.get(
      '*/api/client-certificates/:id',
      route(async ({ params }) => {
        const system = await backend.read()
        const found = findListed(system, String(params.id))
        return found.ok
          ? HttpResponse.json(certificateDetail(system, found.certificate), {
              headers: { ETag: etagOf(found.certificate.version) },
            })
          : found.response
      }),
    ),
    http.get(
      '*/api/client-certificates/:id/export',
      route(async ({ params, request }) => {
        const format = parseValue(new URL(request.url).searchParams.get('format'), exportFormat)
        if (!format.ok) {
          return errorResponse(
            400,
            'UnknownFormat',
            'Choose an export format: pem, crt, der or p7b.',
            [{ field: 'format', message: 'Use pem, crt, der or p7b.' }],
          )
        }
        await import('reflect-metadata')
        const { exportCertificate, certificateFileBaseName, contentDisposition } =
          await import('../pki/export-certificate')
        // An export is a read that is also remembered (the seed's first step shows as progress),
        // so it runs as a write: the file and the record come from the same state.
        return backend.update((system) => {
          const found = findListed(system, String(params.id))
          if (!found.ok) return { result: found.response }
          const recorded = applyCommand(system, {
            type: 'recordExport',
            certificateId: found.certificate.id,
            format: format.value,
          })
          if (!recorded.ok) return { result: domainErrorResponse(recorded.error) }
          const label =
            found.certificate.kind === 'Default' ? 'client-default' : found.certificate.description
          // recordExport refused a signing request without its certificate: material is there.
          const file = exportCertificate(
            found.certificate.material?.pem ?? '',
            format.value,
            certificateFileBaseName(label, found.certificate.validFrom ?? found.certificate.issuedOn),
          )
          const response = new HttpResponse(file.body, {
            headers: {
              'Content-Type': file.contentType,
              'Content-Disposition': contentDisposition(file.fileName),
            },
          })
          return { next: recorded.system, result: response }
        })
      }),
    ),
  ]
}

function findListed(system: SimulatedSystem, id: string) {
  const certificate: Certificate | undefined = system.state.certificates.find((c) => c.id === id)
  if (!certificate) return { ok: false as const, response: notFound('Client certificate', id) }
  if (certificate.removedOn !== undefined) {
    const message = `${certificate.kind === 'Default' ? 'The default client certificate' : 'The client certificate'} valid from ${certificate.validFrom} was removed on ${certificate.removedOn}. It can no longer be exported or assigned.`
    return {
      ok: false as const,
      response: errorResponse(410, 'CertificateRemoved', message, [], {
        removedOn: certificate.removedOn,
        validFrom: certificate.validFrom,
        validTo: certificate.validTo,
      }),
    }
  }
  return { ok: true as const, certificate: { ...certificate, removedOn: undefined } }
}
