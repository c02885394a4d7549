import { parseIsoDate, type IsoDate } from './calendar'
import { clientDefault, clientDefaultExpiring } from './certificates'
import { ChangeLog, refuse, succeed, unchanged } from './change-log'
import type { IssuedMaterial, TransitionResult } from './commands'
import { issueDefault, materialFor, pendingEvents, plannedIssuances } from './issuance'
import { MigrationPlan } from './migration'
import {
  CLIENT_DEFAULT,
  CLIENT_DEFAULT_EXPIRING,
  type Certificate,
  type RotationState,
} from './types'

/**
 * Moves the simulated clock forward and applies every issuance and rotation in (today, to],
 * in date order, each exactly once. Material for the new defaults comes from `issued`.
 */
export function advanceClock(
  state: RotationState,
  to: unknown,
  issued: IssuedMaterial | undefined,
): TransitionResult {
  const parsed = parseIsoDate(to, 'to')
  if (!parsed.ok) return refuse(state, parsed.error)
  const target = parsed.value
  if (target < state.today) {
    const message = `The simulated clock only moves forward: ${target} is before today (${state.today}).`
    return refuse(state, { code: 'DateInPast', message, field: 'to' })
  }
  if (target === state.today) return unchanged(state)

  const requests = plannedIssuances(state, target)
  const materials = materialFor(requests, issued)
  if (!materials.ok) return refuse(state, materials.error)

  const log = new ChangeLog(state)
  log.add({
    date: state.today,
    actor: 'Administrator',
    category: 'Clock',
    objectId: 'clock',
    field: 'Today',
    oldValue: state.today,
    newValue: target,
    message: `The administrator moved the simulated date from ${state.today} to ${target}.`,
  })

  const certificates = state.certificates.slice()
  let defaultId = clientDefault(state)?.id
  let expiringId = clientDefaultExpiring(state)?.id
  const migration = new MigrationPlan(state, new Set([defaultId, expiringId].filter(isDefined)))
  const events = pendingEvents(state, target)
  let issuance = 0

  for (const event of events) {
    if (event.type === 'Issuance') {
      if (defaultId !== undefined) relabelAsExpiring(certificates, defaultId, event.date, log)
      const request = requests[issuance]
      const certificate = request && issueDefault(request, materials.value[issuance] ?? null)
      issuance++
      if (!certificate) continue
      certificates.push(certificate)
      recordIssuance(certificate, log)
      expiringId = defaultId
      defaultId = certificate.id
    } else {
      if (expiringId !== undefined && defaultId !== undefined)
        migration.rotate(expiringId, defaultId, event.date, log)
      if (expiringId !== undefined) removeExpiring(certificates, expiringId, event.date, log)
      expiringId = undefined
    }
  }

  const next: RotationState = {
    ...state,
    today: target,
    // Without events nothing changed: share the arrays, so callers can tell cheaply.
    certificates: events.length === 0 ? state.certificates : certificates,
    systems: migration.apply(),
    appliedEvents: events.length === 0 ? state.appliedEvents : [...state.appliedEvents, ...events],
  }
  return succeed(next, log)
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined
}

function replaceCertificate(
  certificates: Certificate[],
  id: string,
  change: Partial<Certificate>,
): Certificate | undefined {
  const index = certificates.findIndex((c) => c.id === id)
  const current = certificates[index]
  if (!current) return undefined
  const updated = { ...current, ...change }
  certificates[index] = updated
  return updated
}

function relabelAsExpiring(
  certificates: Certificate[],
  id: string,
  date: IsoDate,
  log: ChangeLog,
): void {
  if (!replaceCertificate(certificates, id, { description: CLIENT_DEFAULT_EXPIRING })) return
  log.add({
    date,
    actor: 'SAP',
    category: 'Client Certificate',
    objectId: id,
    field: 'Description',
    oldValue: CLIENT_DEFAULT,
    newValue: CLIENT_DEFAULT_EXPIRING,
    message: `SAP relabelled certificate ${id} from ${CLIENT_DEFAULT} to ${CLIENT_DEFAULT_EXPIRING}.`,
  })
}

function recordIssuance(certificate: Certificate, log: ChangeLog): void {
  log.add({
    date: certificate.issuedOn,
    actor: 'SAP',
    category: 'Client Certificate',
    objectId: certificate.id,
    newValue: CLIENT_DEFAULT,
    message: `SAP issued a new ${CLIENT_DEFAULT} certificate ${certificate.id}, valid from ${certificate.validFrom} to ${certificate.validTo}.`,
  })
}

function removeExpiring(
  certificates: Certificate[],
  id: string,
  date: IsoDate,
  log: ChangeLog,
): void {
  if (!replaceCertificate(certificates, id, { removedOn: date })) return
  log.add({
    date,
    actor: 'SAP',
    category: 'Client Certificate',
    objectId: id,
    oldValue: CLIENT_DEFAULT_EXPIRING,
    message: `SAP removed the ${CLIENT_DEFAULT_EXPIRING} certificate ${id}; it stays in the history only.`,
  })
}
