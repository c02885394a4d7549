import { http, HttpResponse } from 'msw'
import type { UploadResult } from '../../api/contracts/external-systems'
import { findUnsafeCharacter } from '../../api/contracts/safe-text'
import type { Command } from '../../domain/commands'
import type { DomainError } from '../../domain/errors'
import { findExternalSystem } from '../../domain/lookup'
import type { RotationState } from '../../domain/types'
import { applyCommand } from '../backend/apply-command'
import type { SimulatedBackend } from '../backend/simulated-backend'
import type { SimulatedSystem } from '../backend/simulated-system'
import { domainErrorResponse } from '../http/domain-errors'
import { errorResponse } from '../http/responses'
import { route } from '../http/route'
import { externalSystemView } from '../views/external-system-view'
import { changedSystem } from './changed-system'

const path = '*/api/external-systems/:host/trusted-certificates'

// Like certificate-factory.ts: the polyfill first, then the PKI (and @peculiar/x509) in a lazy chunk.
async function pki() {
  await import('reflect-metadata')
  const [upload, fingerprint] = await Promise.all([
    import('../pki/parse-upload'),
    import('../pki/fingerprint'),
  ])
  return { ...upload, ...fingerprint }
}

/** Uploading certificates to an external system's trust store, and removing one. */
export function trustStoreHandlers(backend: SimulatedBackend) {
  return [
    http.post(
      path,
      route(async ({ request, params }) => {
        const host = String(params.host)
        const { parseUpload } = await pki()
        const parsed = await parseUpload(new Uint8Array(await request.arrayBuffer()))
        if (!parsed.ok) {
          return errorResponse(
            400,
            'UploadRejected',
            parsed.reason,
            [{ field: 'file', message: parsed.reason }],
            { reason: parsed.code },
          )
        }
        const unsafe = unsafeSubject(parsed.certificates)
        if (unsafe) return unsafe
        return backend.update((current) => {
          const found = findExternalSystem(current.state, host)
          if (!found.ok) return { result: domainErrorResponse(found.error) }
          // A system that pins certificates trusts the presented leaf itself: CA certificates of a
          // chain (.p7b) would sit there without making anything trusted, so they are left out.
          const pins = found.value.externalSystem.trustMode === 'PinnedCertificate'
          const kept = pins ? parsed.certificates.filter((c) => !c.isCa) : parsed.certificates
          const skipped = pins ? parsed.certificates.filter((c) => c.isCa) : []
          if (kept.length === 0)
            return { result: onlyCaCertificates(found.value.externalSystem.host, skipped.length) }
          const commands: Command[] = kept.map((certificate) => ({
            type: 'trustCertificate',
            host,
            certificate: {
              fingerprintSha256: certificate.fingerprintSha256,
              subject: certificate.subject.text,
              serialNumber: certificate.serialNumber,
              validFrom: certificate.validFrom,
              validTo: certificate.validTo,
              isCa: certificate.isCa,
            },
          }))
          const applied = applyAll(current, commands)
          if (!applied.ok) return { result: domainErrorResponse(applied.error) }
          const before = storeOf(current.state, host)
          const after = storeOf(applied.system.state, host)
          const body: UploadResult = {
            externalSystem: externalSystemView(
              applied.system.state,
              findOrThrow(applied.system.state, host),
            ),
            trusted: kept.map((c) => c.fingerprintSha256).filter((f) => after.includes(f)),
            skippedCaCertificates: skipped.map((c) => c.fingerprintSha256),
            replaced: before.filter((f) => !after.includes(f)),
          }
          return { next: changedSystem(current, applied.system), result: HttpResponse.json(body) }
        })
      }),
    ),
    http.delete(
      `${path}/:fingerprintSha256`,
      route(async ({ params }) => {
        const host = String(params.host)
        const { normalizeFingerprintSha256 } = await pki()
        const fingerprintSha256 = normalizeFingerprintSha256(String(params.fingerprintSha256))
        if (!fingerprintSha256) {
          const message = 'A SHA-256 fingerprint is 64 hexadecimal digits, with or without colons.'
          return errorResponse(400, 'InvalidFingerprint', message, [
            { field: 'fingerprintSha256', message },
          ])
        }
        return backend.update((current) => {
          const command: Command = { type: 'removeTrustedCertificate', host, fingerprintSha256 }
          const applied = applyCommand(current, command)
          if (!applied.ok) return { result: domainErrorResponse(applied.error) }
          const { state } = applied.system
          return {
            next: applied.system,
            result: HttpResponse.json(externalSystemView(state, findOrThrow(state, host))),
          }
        })
      }),
    ),
  ]
}

/**
 * A subject with a control or text-direction character (docs/api.md, "Limits and refused input"):
 * the trust store, the connection log and change records would show it misleadingly, so the file
 * is refused whole. The message names the certificate by fingerprint, never by the subject itself.
 */
function unsafeSubject(
  certificates: readonly { subject: { text: string }; fingerprintSha256: string }[],
): Response | undefined {
  for (const certificate of certificates) {
    const codePoint = findUnsafeCharacter(certificate.subject.text)
    if (!codePoint) continue
    const message = `The subject of certificate ${certificate.fingerprintSha256} holds a control, line-break or text-direction character (${codePoint}) that screens and change records would show misleadingly: upload a certificate with a plain subject.`
    return errorResponse(400, 'UploadRejected', message, [{ field: 'file', message }], {
      reason: 'unsafe-text',
    })
  }
  return undefined
}

/** A file of CA certificates only, uploaded to a system that pins client certificates. */
function onlyCaCertificates(host: string, count: number) {
  const message = `The file holds only CA certificates (${count}), and external system ${host} pins client certificates: upload the client certificate itself (e.g. Client Default exported from Maintain Client Certificates), or set its trust mode to Trusted Issuer to trust a CA such as SAP Cloud Root CA.`
  return errorResponse(400, 'UploadRejected', message, [{ field: 'file', message }], {
    reason: 'only-ca-certificates',
  })
}

/** Applies the commands one after another; the first refusal refuses them all (nothing half-applied). */
function applyAll(
  system: SimulatedSystem,
  commands: readonly Command[],
): { ok: true; system: SimulatedSystem } | { ok: false; error: DomainError } {
  let current = system
  for (const command of commands) {
    const applied = applyCommand(current, command)
    if (!applied.ok) return applied
    current = applied.system
  }
  return { ok: true, system: current }
}

function storeOf(state: RotationState, host: string): string[] {
  const found = findExternalSystem(state, host)
  return found.ok ? found.value.externalSystem.trustStore.map((t) => t.fingerprintSha256) : []
}

function findOrThrow(state: RotationState, host: string) {
  const found = findExternalSystem(state, host)
  if (!found.ok) throw new Error(found.error.message)
  return found.value.externalSystem
}
