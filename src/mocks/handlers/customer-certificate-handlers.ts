import { http, HttpResponse } from 'msw'
import type { z } from 'zod'
import {
  createClientCertificateRequest,
  replaceClientCertificateRequest,
  updateClientCertificateRequest,
} from '../../api/contracts/client-certificates'
import { findCustomerCertificate } from '../../domain/certificate-commands'
import type { Command } from '../../domain/commands'
import type { Certificate } from '../../domain/types'
import { applyCommand } from '../backend/apply-command'
import {
  customerPki,
  engineMaterialOf,
  withAnsweredRequest,
  withoutKeysOf,
  withRequestKey,
} from '../backend/customer-certificates'
import type { SimulatedBackend } from '../backend/simulated-backend'
import type { SimulatedSystem } from '../backend/simulated-system'
import { domainErrorResponse } from '../http/domain-errors'
import { errorResponse, notFound, parseJsonBody, parseValue } from '../http/responses'
import { route } from '../http/route'
import { parseName } from '../views/certificate-view'
import { entryResponse } from './certificate-entry'
import { pkcs12Handler } from './pkcs12-handler'
import { subjectRefusal, uploadRefusal } from './upload-refusals'
import { versionedWrite } from './versioned-write'

const path = '*/api/client-certificates'

/** Create, the signing request, Upload Signed Certificate, Replace, edit and Delete of customer certificates. */
export function customerCertificateHandlers(backend: SimulatedBackend) {
  return [
    http.post(
      path,
      route(async ({ request }) => {
        const body = await parseJsonBody(request, createClientCertificateRequest)
        if (!body.ok) return body.response
        const pki = await customerPki()
        const refused = subjectRefusal(pki.subjectIssues(body.value.subject))
        if (refused) return refused
        const made = await pki.createSigningRequest(body.value.subject)
        return backend.update((current) => {
          const applied = applyCommand(current, {
            type: 'createSigningRequest',
            description: body.value.description,
            request: publicPart(made),
          })
          if (!applied.ok) return { result: domainErrorResponse(applied.error) }
          const id = applied.transition.createdId ?? ''
          const next = withRequestKey(applied.system, id, made.privateKey)
          return { next, result: entryResponse(next, id, 201) }
        })
      }),
    ),
    http.get(
      `${path}/:id/signing-request`,
      route(async ({ params }) => {
        const id = String(params.id)
        const system = await backend.read()
        const certificate = system.state.certificates.find((c) => c.id === id)
        if (!certificate || certificate.removedOn) return notFound('Client certificate', id)
        if (!certificate.pendingRequest) {
          const message = `Certificate ${id} (${certificate.description}) has no pending signing request: Replace creates one.`
          return errorResponse(409, 'NoSigningRequest', message, [{ field: 'id', message }])
        }
        return new HttpResponse(certificate.pendingRequest.csrPem, {
          headers: {
            'Content-Type': 'application/pkcs10',
            'Content-Disposition': `attachment; filename="${fileStem(id)}.csr.pem"`,
          },
        })
      }),
    ),
    http.post(
      `${path}/:id/signed-certificate`,
      route(async ({ params, request }) => {
        const id = String(params.id)
        const upload = new Uint8Array(await request.arrayBuffer())
        const pki = await customerPki()
        return backend.update(async (current) => {
          const certificate = current.state.certificates.find((c) => c.id === id)
          const pending = certificate?.pendingRequest
          if (!certificate || !pending) {
            // The engine says why: unknown, SAP's, removed, or no pending request.
            const refused = applyCommand(current, uploadCommand(id, ''))
            return {
              result: refused.ok
                ? notFound('Client certificate', id)
                : domainErrorResponse(refused.error),
            }
          }
          const accepted = await pki.acceptSignedCertificate(
            upload,
            pending.publicKeySha256,
            current.state.today,
          )
          if (!accepted.ok) return { result: uploadRefusal(accepted) }
          const leaf = accepted.certificate
          const material = await engineMaterialOf(current, leaf, accepted.chain)
          const x509 = await import('@peculiar/x509')
          const publicKeySha256 = await pki.publicKeyFingerprint(
            new x509.X509Certificate(leaf.pem).publicKey.rawData,
          )
          const applied = applyCommand(current, {
            ...uploadCommand(id, publicKeySha256),
            validFrom: leaf.validFrom,
            validTo: leaf.validTo,
            material,
          })
          if (!applied.ok) return { result: domainErrorResponse(applied.error) }
          const { pem: _pem, ...details } = leaf
          const next = withAnsweredRequest(applied.system, id, details)
          return { next, result: entryResponse(next, id) }
        })
      }),
    ),
    pkcs12Handler(backend),
    http.post(
      `${path}/:id/replace`,
      route(async ({ params, request }) => {
        const id = String(params.id)
        const body = await parseOptionalJson(request, replaceClientCertificateRequest)
        if (!body.ok) return body.response
        const system = await backend.read()
        const found = findCustomerCertificate(system.state, id)
        if (!found.ok) return domainErrorResponse(found.error)
        const pki = await customerPki()
        const subject = body.value.subject ?? currentSubject(system, found.value.certificate)
        const refused = subjectRefusal(pki.subjectIssues(subject))
        if (refused) return refused
        const made = await pki.createSigningRequest(subject)
        return backend.update((current) => {
          const applied = applyCommand(current, {
            type: 'replaceCustomerCertificate',
            certificateId: id,
            request: publicPart(made),
          })
          if (!applied.ok) return { result: domainErrorResponse(applied.error) }
          const next = withRequestKey(applied.system, id, made.privateKey)
          return { next, result: entryResponse(next, id) }
        })
      }),
    ),
    http.patch(
      `${path}/:id`,
      route(async ({ params, request }) => {
        const id = String(params.id)
        const body = await parseJsonBody(request, updateClientCertificateRequest)
        if (!body.ok) return body.response
        return versionedWrite(backend, {
          request,
          what: 'client certificate',
          command: (expectedVersion) => ({
            type: 'updateCustomerCertificate',
            certificateId: id,
            changes: body.value,
            ...(expectedVersion === undefined ? {} : { expectedVersion }),
          }),
          versionIn: (state) => state.certificates.find((c) => c.id === id)?.version,
          respond: (system) => entryResponse(system, id),
        })
      }),
    ),
    http.delete(
      `${path}/:id`,
      route(async ({ params }) => {
        const id = String(params.id)
        return backend.update((current) => {
          const applied = applyCommand(current, {
            type: 'deleteCustomerCertificate',
            certificateId: id,
          })
          if (!applied.ok) return { result: domainErrorResponse(applied.error) }
          return {
            next: withoutKeysOf(applied.system, id),
            result: new HttpResponse(null, { status: 204 }),
          }
        })
      }),
    ),
  ]
}

function uploadCommand(
  id: string,
  publicKeySha256: string,
): Command & { type: 'uploadSignedCertificate' } {
  return {
    type: 'uploadSignedCertificate',
    certificateId: id,
    publicKeySha256,
    validFrom: '',
    validTo: '',
    material: null as never,
  }
}

/** What the engine keeps of a new signing request: public data only, never the key. */
function publicPart(made: { subject: string; publicKeySha256: string; csrPem: string }) {
  return { subject: made.subject, publicKeySha256: made.publicKeySha256, csrPem: made.csrPem }
}

/** SAP's Replace asks for the same subject by default: the current certificate's, else the pending request's. */
function currentSubject(system: SimulatedSystem, certificate: Certificate) {
  const details = system.pki.details[certificate.id]?.subject
  const { text: _text, ...parts } = details ?? {
    text: '',
    ...parseName(certificate.pendingRequest?.subject ?? ''),
  }
  return parts
}

/** A JSON body that may be left out entirely (then `{}`). */
async function parseOptionalJson<T>(request: Request, schema: z.ZodType<T>) {
  const text = await request.text()
  if (text.trim() === '') return parseValue({}, schema)
  try {
    return parseValue(JSON.parse(text) as unknown, schema)
  } catch {
    return {
      ok: false as const,
      response: errorResponse(400, 'InvalidJson', 'The request body is not valid JSON.'),
    }
  }
}

function fileStem(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9-]/g, '-')
}
