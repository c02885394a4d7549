import { HttpResponse } from 'msw'
import type { ListedCertificate } from '../../domain/types'
import type { SimulatedSystem } from '../backend/simulated-system'
import { etagOf } from '../http/etag'
import { certificateDetail } from '../views/certificate-view'

/** The entry as the object page shows it, with its ETag (the If-Match of the next edit). */
export function entryResponse(system: SimulatedSystem, id: string, status = 200) {
  const certificate = system.state.certificates.find((c) => c.id === id) as ListedCertificate
  const headers: Record<string, string> = { ETag: etagOf(certificate.version) }
  if (status === 201) headers.Location = `/api/client-certificates/${encodeURIComponent(id)}`
  return HttpResponse.json(certificateDetail(system, certificate), { status, headers })
}
