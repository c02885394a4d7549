import { parseCalendarDate, type IsoDate } from './calendar'
import { certificateUsage, isListed } from './certificates'
import { ChangeLog, refuse, succeed } from './change-log'
import type { TransitionResult } from './commands'
import { replaceAt } from './lookup'
import type { Certificate, CertificateMaterial, RotationState } from './types'
import { requireText } from './validation'

export interface NewCustomerCertificate {
  readonly description: string
  readonly validFrom: IsoDate
  readonly validTo: IsoDate
  readonly material: CertificateMaterial
}

/** Adds a certificate Managed By Customer; rotation never relabels, migrates or removes it. */
export function addCustomerCertificate(
  state: RotationState,
  input: NewCustomerCertificate,
): TransitionResult {
  const description = requireText(input?.description, 'description', 'Description')
  if (!description.ok) return refuse(state, description.error)
  const validFrom = parseCalendarDate(input.validFrom, 'validFrom')
  if (!validFrom.ok) return refuse(state, validFrom.error)
  const validTo = parseCalendarDate(input.validTo, 'validTo')
  if (!validTo.ok) return refuse(state, validTo.error)
  if (validTo.value < validFrom.value) {
    return refuse(state, {
      code: 'InvalidCommand',
      message: 'Valid To must not be before Valid From.',
      field: 'validTo',
    })
  }
  const fingerprint = requireText(
    input.material?.fingerprintSha256,
    'material',
    'The SHA-256 fingerprint',
  )
  if (!fingerprint.ok) return refuse(state, fingerprint.error)
  const twin = state.certificates.find(
    (c) => isListed(c) && c.material.fingerprintSha256 === fingerprint.value,
  )
  if (twin) {
    return refuse(state, {
      code: 'DuplicateCertificate',
      message: `This certificate is already listed as ${twin.id} (${twin.description}).`,
      field: 'material',
    })
  }
  const certificate: Certificate = {
    id: `customer-${state.nextObjectId}`,
    kind: 'Customer',
    managedBy: 'Customer',
    description: description.value,
    validFrom: validFrom.value,
    validTo: validTo.value,
    issuedOn: state.today,
    material: input.material,
  }
  const log = new ChangeLog(state)
  log.add({
    date: state.today,
    actor: 'Administrator',
    category: 'Client Certificate',
    objectId: certificate.id,
    newValue: certificate.description,
    message: `The administrator added certificate ${certificate.id} (${certificate.description}), valid from ${certificate.validFrom} to ${certificate.validTo}.`,
  })
  const next = {
    ...state,
    certificates: [...state.certificates, certificate],
    nextObjectId: state.nextObjectId + 1,
  }
  return succeed(next, log, { createdId: certificate.id })
}

/** Removes a customer certificate nobody uses; it stays in the history. SAP's defaults cannot be deleted. */
export function deleteCustomerCertificate(
  state: RotationState,
  certificateId: string,
): TransitionResult {
  const index = state.certificates.findIndex((c) => c.id === certificateId)
  const certificate = state.certificates[index]
  if (!certificate) {
    return refuse(state, {
      code: 'UnknownCertificate',
      message: `There is no certificate "${String(certificateId)}".`,
      field: 'certificateId',
    })
  }
  if (certificate.managedBy === 'SAP') {
    const message = `Certificate ${certificateId} (${certificate.description}) is managed by SAP: SAP removes it at a rotation.`
    return refuse(state, { code: 'CertificateManagedBySap', message, field: 'certificateId' })
  }
  if (!isListed(certificate)) {
    return refuse(state, {
      code: 'CertificateRemoved',
      message: `Certificate ${certificateId} was already removed on ${certificate.removedOn ?? 'an earlier date'}.`,
      field: 'certificateId',
    })
  }
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
  const certificates = replaceAt(state.certificates, index, {
    ...certificate,
    removedOn: state.today,
  })
  return succeed({ ...state, certificates }, log)
}
