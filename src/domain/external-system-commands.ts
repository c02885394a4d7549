import { parseCalendarDate } from './calendar'
import { ChangeLog, refuse, succeed, unchanged } from './change-log'
import type { Command, TransitionResult } from './commands'
import { findExternalSystem, replaceAt } from './lookup'
import {
  type ExternalSystem,
  type RotationState,
  type TrustedCertificate,
  type TrustMode,
} from './types'
import {
  defaultExternalSystem,
  requireCapacity,
  requireHost,
  requireRejectionCode,
  requireText,
  requireTrustMode,
} from './validation'

type CreateExternalSystem = Extract<Command, { type: 'createExternalSystem' }>
type ExternalSystemChanges = Extract<Command, { type: 'updateExternalSystem' }>['changes']

function withExternalSystem(
  state: RotationState,
  index: number,
  externalSystem: ExternalSystem,
): RotationState {
  return { ...state, externalSystems: replaceAt(state.externalSystems, index, externalSystem) }
}

/** Adds a simulated external system for a host (it pins certificates, answers 401 and holds several unless told otherwise). */
export function createExternalSystem(
  state: RotationState,
  input: Omit<CreateExternalSystem, 'type'>,
): TransitionResult {
  const host = requireHost(input?.host, 'host', 'Host')
  if (!host.ok) return refuse(state, host.error)
  if (state.externalSystems.some((e) => e.host === host.value)) {
    return refuse(state, {
      code: 'DuplicateExternalSystem',
      message: `An external system ${host.value} already exists.`,
      field: 'host',
    })
  }
  const capacity = requireCapacity(input.capacity ?? 'multiple')
  if (!capacity.ok) return refuse(state, capacity.error)
  const rejectionCode = requireRejectionCode(input.rejectionCode ?? 401)
  if (!rejectionCode.ok) return refuse(state, rejectionCode.error)
  const trustMode = requireTrustMode(input.trustMode ?? 'PinnedCertificate')
  if (!trustMode.ok) return refuse(state, trustMode.error)
  const base = {
    ...defaultExternalSystem(host.value),
    trustMode: trustMode.value,
    capacity: capacity.value,
    rejectionCode: rejectionCode.value,
  }
  const externalSystem: ExternalSystem =
    input.name === undefined ? base : { ...base, name: input.name }
  const log = new ChangeLog(state)
  log.add({
    date: state.today,
    actor: 'Administrator',
    category: 'External System',
    objectId: host.value,
    message: `The administrator added external system ${host.value} (${trustModeWords(trustMode.value)}, ${capacity.value === 'single' ? 'one certificate' : 'several certificates'}, answers ${rejectionCode.value}).`,
  })
  return succeed({ ...state, externalSystems: [...state.externalSystems, externalSystem] }, log, {
    createdId: host.value,
  })
}

function trustModeWords(mode: TrustMode): string {
  return mode === 'TrustedIssuer' ? 'trusts issuers' : 'pins certificates'
}

/**
 * Changes an external system's name, trust mode, capacity or rejection code. Switching to one
 * certificate keeps only the most recent upload, as a store that holds one certificate would.
 * Switching the trust mode keeps the store: CA certificates in it simply stop counting while it pins.
 */
export function updateExternalSystem(
  state: RotationState,
  requestedHost: string,
  changes: ExternalSystemChanges,
): TransitionResult {
  const found = findExternalSystem(state, requestedHost)
  if (!found.ok) return refuse(state, found.error)
  const { externalSystem, index } = found.value
  // Records name the host as stored (lower case), whatever spelling the caller used (RFC 4343).
  const { host } = externalSystem
  const capacity = requireCapacity(changes?.capacity ?? externalSystem.capacity)
  if (!capacity.ok) return refuse(state, capacity.error)
  const rejectionCode = requireRejectionCode(changes?.rejectionCode ?? externalSystem.rejectionCode)
  if (!rejectionCode.ok) return refuse(state, rejectionCode.error)
  const trustMode = requireTrustMode(changes?.trustMode ?? externalSystem.trustMode)
  if (!trustMode.ok) return refuse(state, trustMode.error)
  const trustStore =
    capacity.value === 'single' ? externalSystem.trustStore.slice(-1) : externalSystem.trustStore
  const name = changes?.name ?? externalSystem.name
  const updated: ExternalSystem = {
    ...externalSystem,
    trustMode: trustMode.value,
    capacity: capacity.value,
    rejectionCode: rejectionCode.value,
    trustStore,
    ...(name === undefined ? {} : { name }),
  }
  const log = new ChangeLog(state)
  const fields: [string, unknown, unknown][] = [
    ['Name', externalSystem.name, updated.name],
    ['Trust Mode', externalSystem.trustMode, updated.trustMode],
    ['Capacity', externalSystem.capacity, updated.capacity],
    ['Rejection Code', externalSystem.rejectionCode, updated.rejectionCode],
    ['Trust Store', externalSystem.trustStore.length, updated.trustStore.length],
  ]
  for (const [field, oldValue, newValue] of fields) {
    if (oldValue === newValue) continue
    log.add({
      date: state.today,
      actor: 'Administrator',
      category: 'External System',
      objectId: host,
      field,
      oldValue: String(oldValue ?? ''),
      newValue: String(newValue ?? ''),
      message:
        field === 'Trust Store'
          ? `External system ${host} now holds one certificate and dropped ${externalSystem.trustStore.length - 1} older upload(s).`
          : `The administrator changed ${field} of external system ${host} from ${String(oldValue ?? '(none)')} to ${String(newValue)}.`,
    })
  }
  if (log.records.length === 0) return unchanged(state)
  return succeed(withExternalSystem(state, index, updated), log)
}

/** Uploads a certificate to an external system's trust store; a one-certificate store replaces what it held. */
export function trustCertificate(
  state: RotationState,
  requestedHost: string,
  input: Omit<TrustedCertificate, 'uploadedOn'>,
): TransitionResult {
  const found = findExternalSystem(state, requestedHost)
  if (!found.ok) return refuse(state, found.error)
  const { externalSystem, index } = found.value
  // Records name the host as stored (lower case), whatever spelling the caller used (RFC 4343).
  const { host } = externalSystem
  const fingerprint = requireText(
    input?.fingerprintSha256,
    'fingerprintSha256',
    'The SHA-256 fingerprint',
  )
  if (!fingerprint.ok) return refuse(state, fingerprint.error)
  for (const field of ['validFrom', 'validTo'] as const) {
    const date = parseCalendarDate(input[field], field)
    if (!date.ok) return refuse(state, date.error)
  }
  if (input.isCa !== true && input.isCa !== false) {
    const message = 'Say whether the certificate is a CA certificate (isCa true or false).'
    return refuse(state, { code: 'InvalidCommand', message, field: 'isCa' })
  }
  if (input.isCa && externalSystem.trustMode === 'PinnedCertificate') {
    const message = `External system ${host} pins client certificates, so a CA certificate (${input.subject}) would make nothing trusted. Upload the client certificate itself, or set its trust mode to Trusted Issuer.`
    return refuse(state, { code: 'CaCertificateNotPinnable', message, field: 'file' })
  }
  if (externalSystem.trustStore.some((t) => t.fingerprintSha256 === fingerprint.value))
    return unchanged(state)
  const trusted: TrustedCertificate = {
    ...input,
    fingerprintSha256: fingerprint.value,
    uploadedOn: state.today,
  }
  const replaced = externalSystem.capacity === 'single' ? externalSystem.trustStore : []
  const trustStore =
    externalSystem.capacity === 'single' ? [trusted] : [...externalSystem.trustStore, trusted]
  const log = new ChangeLog(state)
  log.add({
    date: state.today,
    actor: 'Administrator',
    category: 'External System',
    objectId: host,
    field: 'Trust Store',
    ...(replaced[0] ? { oldValue: replaced[0].fingerprintSha256 } : {}),
    newValue: trusted.fingerprintSha256,
    message: replaced[0]
      ? `The administrator uploaded ${trusted.subject} to external system ${host}, replacing ${replaced[0].subject} (it holds one certificate).`
      : `The administrator uploaded ${trusted.subject} to external system ${host}.`,
  })
  return succeed(withExternalSystem(state, index, { ...externalSystem, trustStore }), log)
}

/** Removes a certificate from an external system's trust store. */
export function removeTrustedCertificate(
  state: RotationState,
  requestedHost: string,
  fingerprintSha256: string,
): TransitionResult {
  const found = findExternalSystem(state, requestedHost)
  if (!found.ok) return refuse(state, found.error)
  const { externalSystem, index } = found.value
  // Records name the host as stored (lower case), whatever spelling the caller used (RFC 4343).
  const { host } = externalSystem
  const removed = externalSystem.trustStore.find((t) => t.fingerprintSha256 === fingerprintSha256)
  if (!removed) {
    return refuse(state, {
      code: 'NotTrusted',
      message: `External system ${host} does not hold a certificate with that fingerprint.`,
      field: 'fingerprintSha256',
    })
  }
  const log = new ChangeLog(state)
  log.add({
    date: state.today,
    actor: 'Administrator',
    category: 'External System',
    objectId: host,
    field: 'Trust Store',
    oldValue: fingerprintSha256,
    message: `The administrator removed ${removed.subject} from the trust store of external system ${host}.`,
  })
  const trustStore = externalSystem.trustStore.filter((t) => t !== removed)
  return succeed(withExternalSystem(state, index, { ...externalSystem, trustStore }), log)
}
