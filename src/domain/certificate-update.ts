import { certificateUsage, isIssued } from './certificates'
import { findCustomerCertificate } from './certificate-commands'
import { ChangeLog, refuse, succeed, unchanged } from './change-log'
import type { TransitionResult } from './commands'
import { replaceAt } from './lookup'
import {
  CERTIFICATE_CATEGORIES,
  CLIENT_DEFAULT_CATEGORY,
  type Certificate,
  type CertificateCategory,
  type RotationState,
} from './types'
import { requireText } from './validation'

export interface CertificateChanges {
  readonly description?: string
  readonly category?: CertificateCategory
}

/**
 * Edits a customer certificate's Description or Certificate Category. Client Default for ABAP on BTP
 * needs a signed certificate; taking it away is refused while outbound users present the certificate.
 */
export function updateCustomerCertificate(
  state: RotationState,
  certificateId: string,
  changes: CertificateChanges,
  expectedVersion?: number,
): TransitionResult {
  const found = findCustomerCertificate(state, certificateId, expectedVersion)
  if (!found.ok) return refuse(state, found.error)
  const { certificate, index } = found.value
  let description = certificate.description
  if (changes?.description !== undefined) {
    const text = requireText(changes.description, 'description', 'Description')
    if (!text.ok) return refuse(state, text.error)
    description = text.value
  }
  const category = changes?.category ?? certificate.category
  if (!CERTIFICATE_CATEGORIES.includes(category)) {
    return refuse(state, {
      code: 'InvalidCommand',
      message: `Certificate Category must be one of ${CERTIFICATE_CATEGORIES.join(', ')}.`,
      field: 'category',
    })
  }
  if (category !== certificate.category) {
    const refusal = categoryRefusal(state, certificate, category)
    if (refusal) return refuse(state, refusal)
  }
  const log = new ChangeLog(state)
  const fields: [string, string, string][] = [
    ['Description', certificate.description, description],
    ['Certificate Category', certificate.category, category],
  ]
  for (const [field, oldValue, newValue] of fields) {
    if (oldValue === newValue) continue
    log.add({
      date: state.today,
      actor: 'Administrator',
      category: 'Client Certificate',
      objectId: certificate.id,
      field,
      oldValue,
      newValue,
      message: `The administrator changed ${field} of certificate ${certificate.id} from ${oldValue} to ${newValue}.`,
    })
  }
  if (log.records.length === 0) return unchanged(state)
  const next: Certificate = {
    ...certificate,
    description,
    category,
    version: certificate.version + 1,
  }
  return succeed({ ...state, certificates: replaceAt(state.certificates, index, next) }, log)
}

function categoryRefusal(
  state: RotationState,
  certificate: Certificate,
  category: CertificateCategory,
) {
  if (category === CLIENT_DEFAULT_CATEGORY && !isIssued(certificate)) {
    return {
      code: 'NoCertificateYet' as const,
      message: `Certificate ${certificate.id} (${certificate.description}) is a signing request only: upload the signed certificate before setting its category to ${CLIENT_DEFAULT_CATEGORY}.`,
      field: 'category',
    }
  }
  const users = certificateUsage(state, certificate.id)
  if (category !== CLIENT_DEFAULT_CATEGORY && users.ok && users.value.length > 0) {
    const names = users.value.map((u) => `${u.systemId}/${u.userName}`).join(', ')
    return {
      code: 'CertificateInUse' as const,
      message: `Certificate ${certificate.id} is used by ${names}: switch them to another certificate before changing its category to ${category}.`,
      field: 'category',
    }
  }
  return undefined
}
