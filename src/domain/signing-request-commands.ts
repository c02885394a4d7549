import { addCertificateEntry } from './certificate-commands'
import { certificateUsage, isIssued } from './certificates'
import {
  checkUploadedMaterial,
  findCustomerCertificate,
  type UploadedMaterial,
} from './certificate-commands'
import { ChangeLog, refuse, succeed } from './change-log'
import type { TransitionResult } from './commands'
import { fail, type Result } from './errors'
import { replaceAt } from './lookup'
import { NO_CATEGORY, type Certificate, type RotationState, type SigningRequest } from './types'
import { requireText } from './validation'

/** What the backend made for a new signing request: public data only (the key stays in the backend). */
export type NewSigningRequest = Omit<SigningRequest, 'requestedOn'>

function checkRequest(input: NewSigningRequest | undefined, today: string): Result<SigningRequest> {
  const subject = requireText(input?.subject, 'subject', 'The subject')
  if (!subject.ok) return subject
  const key = requireText(input?.publicKeySha256, 'publicKeySha256', 'The public key fingerprint')
  if (!key.ok) return key
  if (typeof input?.csrPem !== 'string' || !input.csrPem.includes('BEGIN CERTIFICATE REQUEST'))
    return fail(
      'InvalidCommand',
      'The signing request must be a PEM certificate request.',
      'csrPem',
    )
  return {
    ok: true,
    value: {
      subject: subject.value,
      requestedOn: today,
      publicKeySha256: key.value,
      csrPem: input.csrPem,
    },
  }
}

/**
 * Create in Maintain Client Certificates: a new customer certificate that is only a signing request
 * (status Signing Request Created, no material, Certificate Category Not Assigned).
 */
export function createSigningRequest(
  state: RotationState,
  description: string,
  request: NewSigningRequest,
): TransitionResult {
  const text = requireText(description, 'description', 'Description')
  if (!text.ok) return refuse(state, text.error)
  const pending = checkRequest(request, state.today)
  if (!pending.ok) return refuse(state, pending.error)
  const certificate: Certificate = {
    id: `customer-${state.nextObjectId}`,
    kind: 'Customer',
    managedBy: 'Customer',
    description: text.value,
    category: NO_CATEGORY,
    issuedOn: state.today,
    material: null,
    pendingRequest: pending.value,
    version: 1,
  }
  return addCertificateEntry(
    state,
    certificate,
    `The administrator created a signing request for certificate ${certificate.id} (${certificate.description}), subject ${pending.value.subject}.`,
  )
}

/**
 * Replace: a new signing request for a customer certificate. Its current certificate (if any) stays in
 * use until the signed one is uploaded; a request still pending is superseded (its key is dropped).
 */
export function replaceCustomerCertificate(
  state: RotationState,
  certificateId: string,
  request: NewSigningRequest,
): TransitionResult {
  const found = findCustomerCertificate(state, certificateId)
  if (!found.ok) return refuse(state, found.error)
  const { certificate, index } = found.value
  const pending = checkRequest(request, state.today)
  if (!pending.ok) return refuse(state, pending.error)
  const log = new ChangeLog(state)
  const superseded = certificate.pendingRequest ? ' It supersedes the request still pending.' : ''
  const inUse = isIssued(certificate)
    ? ' The current certificate stays in use until the signed certificate is uploaded.'
    : ''
  log.add({
    date: state.today,
    actor: 'Administrator',
    category: 'Client Certificate',
    objectId: certificate.id,
    field: 'Signing Request',
    newValue: pending.value.subject,
    message: `The administrator created a signing request to replace certificate ${certificate.id} (${certificate.description}), subject ${pending.value.subject}.${superseded}${inUse}`,
  })
  const next: Certificate = {
    ...certificate,
    pendingRequest: pending.value,
    version: certificate.version + 1,
  }
  return succeed({ ...state, certificates: replaceAt(state.certificates, index, next) }, log)
}

/**
 * Upload Signed Certificate: the certificate for the pending request becomes the entry's material.
 * The backend has verified the file; the engine checks it answers the pending request (same public
 * key) and is not listed already. The entry keeps its id: users on it now present the new certificate.
 */
export function uploadSignedCertificate(
  state: RotationState,
  certificateId: string,
  upload: UploadedMaterial & { readonly publicKeySha256: string },
): TransitionResult {
  const found = findCustomerCertificate(state, certificateId)
  if (!found.ok) return refuse(state, found.error)
  const { certificate, index } = found.value
  const request = certificate.pendingRequest
  if (!request) {
    return refuse(state, {
      code: 'NoSigningRequest',
      message: `Certificate ${certificate.id} (${certificate.description}) has no pending signing request: create one (Replace) before uploading a signed certificate.`,
      field: 'file',
    })
  }
  if (upload?.publicKeySha256 !== request.publicKeySha256) {
    return refuse(state, {
      code: 'PublicKeyMismatch',
      message: `The certificate is for another key than the signing request of ${certificate.id} (requested on ${request.requestedOn}): upload the certificate your CA issued for that request.`,
      field: 'file',
    })
  }
  const material = checkUploadedMaterial(state, upload, certificate.id)
  if (!material.ok) return refuse(state, material.error)
  const { pendingRequest: _answered, ...rest } = certificate
  const next: Certificate = {
    ...rest,
    ...material.value,
    issuedOn: state.today,
    version: certificate.version + 1,
  }
  const log = new ChangeLog(state)
  const newFingerprint = material.value.material.fingerprintSha256
  const oldFingerprint = isIssued(certificate) ? certificate.material.fingerprintSha256 : undefined
  const users = certificateUsage(state, certificate.id)
  const names = users.ok ? users.value.map((u) => `${u.systemId}/${u.userName}`) : []
  const presenting =
    names.length > 0 ? ` Outbound users ${names.join(', ')} now present the new certificate.` : ''
  log.add({
    date: state.today,
    actor: 'Administrator',
    category: 'Client Certificate',
    objectId: certificate.id,
    field: 'Certificate',
    ...(oldFingerprint ? { oldValue: oldFingerprint } : {}),
    newValue: newFingerprint,
    message: oldFingerprint
      ? `The administrator replaced the certificate of ${certificate.id} (${certificate.description}): fingerprint ${oldFingerprint} became ${newFingerprint}, valid from ${next.validFrom} to ${next.validTo}.${presenting}`
      : `The administrator uploaded the signed certificate of ${certificate.id} (${certificate.description}): fingerprint ${newFingerprint}, valid from ${next.validFrom} to ${next.validTo}.`,
  })
  return succeed({ ...state, certificates: replaceAt(state.certificates, index, next) }, log)
}
