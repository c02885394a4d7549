import { http, HttpResponse } from 'msw'
import { customerCaOf, customerPki } from '../backend/customer-certificates'
import type { SimulatedBackend } from '../backend/simulated-backend'
import { route } from '../http/route'
import { uploadRefusal } from './upload-refusals'
import { customerCaCertificateView } from '../views/customer-ca-view'

const pemFile = (body: string, fileName: string) =>
  new HttpResponse(body, {
    headers: {
      'Content-Type': 'application/x-pem-file',
      'Content-Disposition': `attachment; filename="${fileName}"`,
    },
  })

/**
 * The simulated customer CA, so the rehearsal works offline: it signs requests (valid two years from
 * the simulated day) and hands out its root for external systems to trust. Made on first use.
 */
export function customerCaHandlers(backend: SimulatedBackend) {
  return [
    http.post(
      '*/api/customer-ca/sign',
      route(async ({ request }) => {
        const csr = new Uint8Array(await request.arrayBuffer())
        const { signRequest } = await customerPki()
        return backend.update(async (current) => {
          const { ca, system } = await customerCaOf(current)
          const signed = await signRequest(ca, csr, current.state.today)
          const next = system === current ? undefined : system
          if (!signed.ok) return { next, result: uploadRefusal(signed) }
          // A screen asks for JSON: the file and what it holds, so it can show the certificate it offers.
          if (wantsJson(request)) {
            const result = HttpResponse.json({
              fileName: 'signed-certificate.pem',
              pem: signed.chainPem,
              certificate: customerCaCertificateView(signed.certificate),
            })
            return { next, result }
          }
          // The certificate first, then its chain (chainPem holds both): the file uploads as it is.
          return { next, result: pemFile(signed.chainPem, 'signed-certificate.pem') }
        })
      }),
    ),
    http.get(
      '*/api/customer-ca',
      route(async () => {
        const read = await backend.read()
        if (read.pki.customerCa)
          return HttpResponse.json(
            customerCaCertificateView(read.pki.customerCa.record.root.material),
          )
        return backend.update(async (current) => {
          const { ca, system } = await customerCaOf(current)
          return {
            next: system === current ? undefined : system,
            result: HttpResponse.json(customerCaCertificateView(ca.record.root.material)),
          }
        })
      }),
    ),
    http.get(
      '*/api/customer-ca/certificate',
      route(async () => {
        const read = await backend.read()
        if (read.pki.customerCa) return pemFile(read.pki.customerCa.record.root.pem, rootFile)
        return backend.update(async (current) => {
          const { ca, system } = await customerCaOf(current)
          return {
            next: system === current ? undefined : system,
            result: pemFile(ca.record.root.pem, rootFile),
          }
        })
      }),
    ),
  ]
}

const rootFile = 'customer-root-ca-simulated.pem'

// A query parameter, not Accept: the API client asks every answer for JSON, files too.
const wantsJson = (request: Request) => new URL(request.url).searchParams.get('format') === 'json'
