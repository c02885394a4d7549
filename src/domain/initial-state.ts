import { parseIsoDate, type IsoDate } from './calendar'
import type { IssuedMaterial } from './commands'
import { fail, type Result } from './errors'
import { initialIssuances, issueDefault, materialFor } from './issuance'
import { checkInvariants } from './invariants'
import {
  CLIENT_DEFAULT_EXPIRING,
  type Certificate,
  type CommunicationArrangement,
  type CommunicationSystem,
  type ExternalSystem,
  type RotationState,
} from './types'

export interface InitialStateInput {
  readonly today: IsoDate
  /** Material for every id `initialIssuances(today)` lists. */
  readonly issued: IssuedMaterial
  readonly customerCertificates?: readonly Certificate[]
  readonly systems?: readonly CommunicationSystem[]
  readonly externalSystems?: readonly ExternalSystem[]
  readonly arrangements?: readonly CommunicationArrangement[]
  /** Where the id counters start; ids of the given objects must not collide with `user-N` / `customer-N` above it. */
  readonly nextObjectId?: number
}

/**
 * A landscape as it stands on a start date: the defaults SAP would have issued by then
 * (Client Default, plus Client Default Expiring in the overlap), and the given objects.
 * Refused when the result would break an invariant, e.g. a user naming an unknown certificate.
 */
export function createInitialState(input: InitialStateInput): Result<RotationState> {
  const today = parseIsoDate(input.today, 'today')
  if (!today.ok) return today
  const requests = initialIssuances(today.value)
  const materials = materialFor(requests, input.issued)
  if (!materials.ok) return materials
  const defaults = requests.map((request, i) => {
    const certificate = issueDefault(request, materials.value[i] ?? null)
    // The older of two defaults in the overlap is the expiring one.
    return i < requests.length - 1
      ? { ...certificate, description: CLIENT_DEFAULT_EXPIRING }
      : certificate
  })
  const state: RotationState = {
    today: today.value,
    certificates: [...defaults, ...(input.customerCertificates ?? [])],
    systems: input.systems ?? [],
    arrangements: input.arrangements ?? [],
    externalSystems: input.externalSystems ?? [],
    appliedEvents: [],
    nextRecordId: 1,
    nextObjectId: input.nextObjectId ?? firstFreeObjectId(input),
  }
  const violations = checkInvariants(state)
  if (violations.length > 0)
    return fail(
      'InvalidCommand',
      `The initial landscape is inconsistent: ${violations.join('; ')}.`,
    )
  return { ok: true, value: state }
}

// Ids the engine makes look like user-N and customer-N: start above any such id already given.
function firstFreeObjectId(input: InitialStateInput): number {
  const ids = [
    ...(input.customerCertificates ?? []).map((c) => c.id),
    ...(input.systems ?? []).flatMap((s) => s.outboundUsers.map((u) => u.id)),
  ]
  let highest = 0
  for (const id of ids) {
    const match = /^(?:user|customer)-(\d+)$/.exec(id)
    if (match) highest = Math.max(highest, Number(match[1]))
  }
  return highest + 1
}
