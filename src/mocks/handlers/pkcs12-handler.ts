import { http } from 'msw'
import { pkcs12ImportRequest } from '../../api/contracts/client-certificates'
import { applyCommand } from '../backend/apply-command'
import { engineMaterialOf, withImported } from '../backend/customer-certificates'
import { importPkcs12File } from '../backend/pkcs12-import'
import type { SimulatedBackend } from '../backend/simulated-backend'
import { domainErrorResponse } from '../http/domain-errors'
import { errorResponse, parseJsonBody } from '../http/responses'
import { route } from '../http/route'
import { entryResponse } from './certificate-entry'
import { uploadRefusal } from './upload-refusals'

/** Upload PKCS #12: key and certificate in, the key non-extractable; the entry starts Not Assigned. */
export function pkcs12Handler(backend: SimulatedBackend) {
  return http.post(
    '*/api/client-certificates/pkcs12',
    route(async ({ request }) => {
      const body = await parseJsonBody(request, pkcs12ImportRequest)
      if (!body.ok) return body.response
      const file = decodeBase64(body.value.file)
      if (!file) {
        const message = 'The file is not Base-64: send the .p12 or .pfx file Base-64 encoded.'
        return errorResponse(400, 'ValidationFailed', message, [{ field: 'file', message }])
      }
      return backend.update(async (current) => {
        const imported = await importPkcs12File(file, body.value.password, current.state.today)
        if (!imported.ok) return { result: uploadRefusal(imported) }
        const { certificate, chain, privateKey } = imported
        const applied = applyCommand(current, {
          type: 'addCustomerCertificate',
          description: body.value.description,
          validFrom: certificate.validFrom,
          validTo: certificate.validTo,
          material: await engineMaterialOf(current, certificate, chain),
        })
        if (!applied.ok) return { result: domainErrorResponse(applied.error) }
        const id = applied.transition.createdId ?? ''
        const { pem: _pem, ...details } = certificate
        const next = withImported(applied.system, id, details, privateKey)
        return { next, result: entryResponse(next, id, 201) }
      })
    }),
  )
}

function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return undefined
  try {
    return Uint8Array.from(atob(clean), (c) => c.charCodeAt(0))
  } catch {
    return undefined
  }
}
