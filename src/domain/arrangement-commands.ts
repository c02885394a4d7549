import {
  findArrangementToChange,
  requireScenario,
  resolveInboundUser,
  resolveOutboundUser,
} from './arrangement-rules'
import { ChangeLog, refuse, succeed, unchanged, type RecordDraft } from './change-log'
import type { ArrangementChanges, NewArrangement, TransitionResult } from './commands'
import { fail, type Result } from './errors'
import { findSystem, replaceAt } from './lookup'
import type { CommunicationScenario } from './scenario-catalog'
import type { CommunicationArrangement, RotationState } from './types'
import { requireText } from './validation'

function arrangementRecord(
  state: RotationState,
  arrangement: CommunicationArrangement,
  draft: Pick<RecordDraft, 'message'> & Partial<RecordDraft>,
): RecordDraft {
  return {
    date: state.today,
    actor: 'Administrator',
    category: 'Communication Arrangement',
    systemId: arrangement.systemId,
    objectId: arrangement.name,
    ...draft,
  }
}

/** Creates an arrangement of a scenario for a system; its name defaults to the scenario ID, as in SAP. */
export function createArrangement(state: RotationState, input: NewArrangement): TransitionResult {
  const scenario = requireScenario(input?.scenarioId)
  if (!scenario.ok) return refuse(state, scenario.error)
  const name = requireText(input.name ?? scenario.value.id, 'name', 'Arrangement Name')
  if (!name.ok) return refuse(state, name.error)
  if (state.arrangements.some((a) => a.name === name.value)) {
    const message = `A communication arrangement ${name.value} already exists.`
    return refuse(state, { code: 'DuplicateArrangement', message, field: 'name' })
  }
  const existing = state.arrangements.find((a) => a.scenarioId === scenario.value.id)
  if (scenario.value.singleArrangement && existing) {
    const message = `${scenario.value.id} allows one communication arrangement per client; ${existing.name} is it.`
    return refuse(state, { code: 'ScenarioAlreadyArranged', message, field: 'scenarioId' })
  }
  const users = resolveUsers(state, scenario.value, input.systemId, input)
  if (!users.ok) return refuse(state, users.error)
  const arrangement: CommunicationArrangement = {
    name: name.value,
    scenarioId: scenario.value.id,
    systemId: input.systemId,
    ...users.value,
    inactiveServiceIds: [],
    version: 1,
  }
  const log = new ChangeLog(state)
  log.add(
    arrangementRecord(state, arrangement, {
      newValue: arrangement.scenarioId,
      message: `The administrator created communication arrangement ${arrangement.name} (${scenario.value.id}) for communication system ${arrangement.systemId}.`,
    }),
  )
  const next = { ...state, arrangements: [...state.arrangements, arrangement] }
  return succeed(next, log, { createdId: arrangement.name })
}

/** The system's users an arrangement of the scenario takes, or the reason it cannot use the system. */
function resolveUsers(
  state: RotationState,
  scenario: CommunicationScenario,
  systemId: unknown,
  requested: { readonly outboundUserId?: string; readonly inboundUserName?: string },
): Result<Pick<CommunicationArrangement, 'outboundUserId' | 'inboundUserName'>> {
  const found = findSystem(state, systemId)
  if (!found.ok) return fail('InvalidCommand', found.error.message, 'systemId')
  const { system } = found.value
  if (system.inboundOnly && scenario.outboundServices.length > 0) {
    const message = `Communication system ${system.systemId} is inbound-only; ${scenario.id} calls it outbound.`
    return fail('InvalidCommand', message, 'systemId')
  }
  const outbound = resolveOutboundUser(scenario, system, requested.outboundUserId)
  if (!outbound.ok) return outbound
  const inbound = resolveInboundUser(scenario, system, requested.inboundUserName)
  if (!inbound.ok) return inbound
  return {
    ok: true,
    value: {
      ...(outbound.value === undefined ? {} : { outboundUserId: outbound.value }),
      ...(inbound.value === undefined ? {} : { inboundUserName: inbound.value }),
    },
  }
}

/**
 * Changes an arrangement's system, users or service statuses. A new system without named users gets
 * its first users the scenario accepts; fields left out stay as they are.
 */
export function updateArrangement(
  state: RotationState,
  name: string,
  changes: ArrangementChanges,
  expectedVersion?: number,
): TransitionResult {
  const found = findArrangementToChange(state, name, expectedVersion)
  if (!found.ok) return refuse(state, found.error)
  const { arrangement, index } = found.value
  const scenario = requireScenario(arrangement.scenarioId)
  if (!scenario.ok) return refuse(state, scenario.error)
  const systemId = changes?.systemId ?? arrangement.systemId
  const systemChanged = systemId !== arrangement.systemId
  const users = resolveUsers(state, scenario.value, systemId, {
    outboundUserId:
      changes?.outboundUserId ?? (systemChanged ? undefined : arrangement.outboundUserId),
    inboundUserName:
      changes?.inboundUserName ?? (systemChanged ? undefined : arrangement.inboundUserName),
  })
  if (!users.ok) return refuse(state, users.error)
  const inactive = inactiveServices(scenario.value, arrangement, changes?.services)
  if (!inactive.ok) return refuse(state, inactive.error)
  const updated: CommunicationArrangement = {
    name: arrangement.name,
    scenarioId: arrangement.scenarioId,
    systemId,
    ...users.value,
    inactiveServiceIds: inactive.value,
    version: arrangement.version + 1,
  }
  const log = new ChangeLog(state)
  const fields: [string, string | undefined, string | undefined][] = [
    ['Communication System', arrangement.systemId, updated.systemId],
    ['Outbound User', arrangement.outboundUserId, updated.outboundUserId],
    ['Inbound User', arrangement.inboundUserName, updated.inboundUserName],
  ]
  for (const [field, oldValue, newValue] of fields) {
    if (oldValue === newValue) continue
    log.add(
      arrangementRecord(state, updated, {
        field,
        ...(oldValue === undefined ? {} : { oldValue }),
        ...(newValue === undefined ? {} : { newValue }),
        message: `The administrator changed ${field} of communication arrangement ${name} from ${oldValue ?? '(none)'} to ${newValue ?? '(none)'}.`,
      }),
    )
  }
  for (const service of scenario.value.outboundServices) {
    const wasActive = !arrangement.inactiveServiceIds.includes(service.id)
    const isActive = !updated.inactiveServiceIds.includes(service.id)
    if (wasActive === isActive) continue
    const [oldValue, newValue] = wasActive ? ['Active', 'Inactive'] : ['Inactive', 'Active']
    log.add(
      arrangementRecord(state, updated, {
        field: 'Service Status',
        oldValue,
        newValue,
        message: `The administrator set outbound service ${service.name} of communication arrangement ${name} to ${newValue}.`,
      }),
    )
  }
  if (log.records.length === 0) return unchanged(state)
  return succeed({ ...state, arrangements: replaceAt(state.arrangements, index, updated) }, log)
}

/** The inactive service ids after a change of Service Status, in the scenario's order. */
function inactiveServices(
  scenario: CommunicationScenario,
  arrangement: CommunicationArrangement,
  statuses: ArrangementChanges['services'],
): Result<string[]> {
  const inactive = new Set(arrangement.inactiveServiceIds)
  for (const status of statuses ?? []) {
    if (!scenario.outboundServices.some((s) => s.id === status?.id)) {
      const message = `${scenario.id} has no outbound service "${String(status?.id)}".`
      return fail('InvalidCommand', message, 'services')
    }
    if (typeof status.active !== 'boolean')
      return fail(
        'InvalidCommand',
        'A Service Status is Active (true) or Inactive (false).',
        'services',
      )
    if (status.active) inactive.delete(status.id)
    else inactive.add(status.id)
  }
  return {
    ok: true,
    value: scenario.outboundServices.filter((s) => inactive.has(s.id)).map((s) => s.id),
  }
}

/** Deletes an arrangement; its system and users stay. */
export function deleteArrangement(
  state: RotationState,
  name: string,
  expectedVersion?: number,
): TransitionResult {
  const found = findArrangementToChange(state, name, expectedVersion)
  if (!found.ok) return refuse(state, found.error)
  const { arrangement } = found.value
  const log = new ChangeLog(state)
  log.add(
    arrangementRecord(state, arrangement, {
      oldValue: arrangement.scenarioId,
      message: `The administrator deleted communication arrangement ${name}.`,
    }),
  )
  return succeed({ ...state, arrangements: state.arrangements.filter((a) => a.name !== name) }, log)
}
