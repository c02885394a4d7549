import { parseCalendarDate, type IsoDate } from './calendar'
import { certificateUsage, isIssued } from './certificates'
import { ChangeLog, refuse, succeed } from './change-log'
import type { TransitionResult } from './commands'
import { fail, type Result } from './errors'
import { replaceAt } from './lookup'
import {
  NO_CATEGORY,
  type Certificate,
  type CertificateMaterial,
  type RotationState,
} from './types'
import { requireText } from './validation'

export interface NewCustomerCertificate {
  readonly description: string
  readonly validFrom: IsoDate
  readonly validTo: IsoDate
  readonly material: CertificateMaterial
}

/** Material for a customer certificate: validity and fingerprints as the backend read them from the certificate. */
export interface UploadedMaterial {
  readonly validFrom: IsoDate
  readonly validTo: IsoDate
  readonly material: CertificateMaterial
}

/** Checks the validity dates and that no other listed certificate has the same fingerprint. */
export function checkUploadedMaterial(
  state: RotationState,
  input: UploadedMaterial | undefined,
  ownId?: string,
): Result<UploadedMaterial> {
  const validFrom = parseCalendarDate(input?.validFrom, 'validFrom')
  if (!validFrom.ok) return validFrom
  const validTo = parseCalendarDate(input?.validTo, 'validTo')
  if (!validTo.ok) return validTo
  if (validTo.value < validFrom.value)
    return fail('InvalidCommand', 'Valid To must not be before Valid From.', 'validTo')
  const fingerprint = requireText(
    input?.material?.fingerprintSha256,
    'material',
    'The SHA-256 fingerprint',
  )
  if (!fingerprint.ok) return fingerprint
  const twin = state.certificates.find(
    (c) => isIssued(c) && c.id !== ownId && c.material.fingerprintSha256 === fingerprint.value,
  )
  if (twin) {
    return fail(
      'DuplicateCertificate',
      `This certificate is already listed as ${twin.id} (${twin.description}).`,
      'file',
    )
  }
  return {
    ok: true,
    value: { validFrom: validFrom.value, validTo: validTo.value, material: input!.material },
  }
}

/**
 * Adds a certificate Managed By Customer with its material (a PKCS #12 import): status Valid, Certificate
 * Category Not Assigned. Rotation never relabels, migrates or removes it.
 */
export function addCustomerCertificate(
  state: RotationState,
  input: NewCustomerCertificate,
): TransitionResult {
  const description = requireText(input?.description, 'description', 'Description')
  if (!description.ok) return refuse(state, description.error)
  const material = checkUploadedMaterial(state, input)
  if (!material.ok) return refuse(state, material.error)
  const certificate: Certificate = {
    id: `customer-${state.nextObjectId}`,
    kind: 'Customer',
    managedBy: 'Customer',
    description: description.value,
    category: NO_CATEGORY,
    ...material.value,
    issuedOn: state.today,
    version: 1,
  }
  return addCertificateEntry(
    state,
    certificate,
    `The administrator added certificate ${certificate.id} (${certificate.description}), valid from ${certificate.validFrom} to ${certificate.validTo}, fingerprint ${material.value.material.fingerprintSha256}.`,
  )
}

/** A new entry in Maintain Client Certificates, with its change record and the next object id. */
export function addCertificateEntry(
  state: RotationState,
  certificate: Certificate,
  message: string,
): TransitionResult {
  const log = new ChangeLog(state)
  log.add({
    date: state.today,
    actor: 'Administrator',
    category: 'Client Certificate',
    objectId: certificate.id,
    newValue: certificate.description,
    message,
  })
  const next = {
    ...state,
    certificates: [...state.certificates, certificate],
    nextObjectId: state.nextObjectId + 1,
  }
  return succeed(next, log, { createdId: certificate.id })
}

/**
 * Removes a customer certificate nobody uses (also one that is a signing request only); it stays in
 * the history. SAP's defaults cannot be deleted.
 */
export function deleteCustomerCertificate(
  state: RotationState,
  certificateId: string,
): TransitionResult {
  const found = findCustomerCertificate(state, certificateId)
  if (!found.ok) return refuse(state, found.error)
  const { certificate, index } = found.value
  const users = certificateUsage(state, certificateId)
  if (users.ok && users.value.length > 0) {
    const names = users.value.map((u) => `${u.systemId}/${u.userName}`).join(', ')
    return refuse(state, {
      code: 'CertificateInUse',
      message: `Certificate ${certificateId} is still used by ${names}.`,
      field: 'certificateId',
    })
  }
  const log = new ChangeLog(state)
  log.add({
    date: state.today,
    actor: 'Administrator',
    category: 'Client Certificate',
    objectId: certificateId,
    oldValue: certificate.description,
    message: `The administrator deleted certificate ${certificateId} (${certificate.description}); it stays in the history only.`,
  })
  // A pending request dies with it: its key is gone, nobody can upload for it any more.
  const { pendingRequest: _dropped, ...kept } = certificate
  const certificates = replaceAt(state.certificates, index, {
    ...kept,
    removedOn: state.today,
    version: certificate.version + 1,
  })
  return succeed({ ...state, certificates }, log)
}

/** Finds a listed certificate Managed By Customer: SAP's are refused, removed ones too. */
export function findCustomerCertificate(
  state: RotationState,
  certificateId: unknown,
  expectedVersion?: number,
): Result<{ certificate: Certificate; index: number }> {
  const index = state.certificates.findIndex((c) => c.id === certificateId)
  const certificate = state.certificates[index]
  if (!certificate) {
    const message = `There is no certificate "${String(certificateId)}".`
    return fail('UnknownCertificate', message, 'certificateId')
  }
  if (certificate.managedBy === 'SAP') {
    const message = `Certificate ${certificate.id} (${certificate.description}) is managed by SAP: SAP issues, labels and removes it at a rotation.`
    return fail('CertificateManagedBySap', message, 'certificateId')
  }
  if (certificate.removedOn !== undefined) {
    const message = `Certificate ${certificate.id} was already removed on ${certificate.removedOn}.`
    return fail('CertificateRemoved', message, 'certificateId')
  }
  if (expectedVersion !== undefined && expectedVersion !== certificate.version) {
    const message = `Certificate ${certificate.id} was changed meanwhile (version ${certificate.version}, you saw ${expectedVersion}): reload it and apply your change again.`
    return fail('VersionConflict', message, 'expectedVersion')
  }
  return { ok: true, value: { certificate, index } }
}
