import { findIssuedCertificate } from './certificates'
import { ChangeLog, refuse, succeed } from './change-log'
import type { TransitionResult } from './commands'
import { replaceAt } from './lookup'
import type { RotationState } from './types'

/**
 * Notes that the administrator exported a listed certificate: the seed's first step ("export the
 * new Client Default") becomes visible progress. A removed certificate cannot be exported.
 */
export function recordExport(
  state: RotationState,
  certificateId: unknown,
  format: unknown,
): TransitionResult {
  const found = findIssuedCertificate(state, certificateId, 'certificateId')
  if (!found.ok) return refuse(state, found.error)
  if (typeof format !== 'string' || format.trim() === '') {
    return refuse(state, {
      code: 'InvalidCommand',
      message: 'Name the export format.',
      field: 'format',
    })
  }
  const certificate = found.value
  const index = state.certificates.indexOf(certificate)
  const log = new ChangeLog(state)
  log.add({
    date: state.today,
    actor: 'Administrator',
    category: 'Client Certificate',
    objectId: certificate.id,
    field: 'Export',
    newValue: format,
    message: `The administrator exported ${certificate.description} (${certificate.id}) as ${format}.`,
  })
  const certificates = replaceAt(state.certificates, index, {
    ...certificate,
    lastExportedOn: state.today,
  })
  return succeed({ ...state, certificates }, log)
}
