import { nextRotationDate, phaseOn, type IsoDate, type Phase } from './calendar'
import { clientDefault, clientDefaultExpiring } from './certificates'
import { hostKey } from './host-name'
import type {
  Certificate,
  CommunicationSystem,
  ExternalSystem,
  IssuedCertificate,
  RotationState,
} from './types'

/** Lookups built once per state, so a query over 30,000 users does no linear search per user. */
export interface LandscapeIndex {
  readonly today: IsoDate
  readonly phase: Phase
  /** The date the next rotation applies, which predictions look at. */
  readonly nextRotationDate: IsoDate
  readonly certificatesById: ReadonlyMap<string, Certificate>
  readonly systemsById: ReadonlyMap<string, CommunicationSystem>
  /** The systems that call each host, in the state's order, by their (stored, lower-case) Host Name. */
  readonly systemsByHost: ReadonlyMap<string, readonly CommunicationSystem[]>
  /** By lower-case host name (hostKey). */
  readonly externalSystemsByHost: ReadonlyMap<string, ExternalSystem>
  /** SHA-256 fingerprints in each host's trust store, by lower-case host name. */
  readonly trustedByHost: ReadonlyMap<string, ReadonlySet<string>>
  readonly clientDefault: IssuedCertificate | undefined
  readonly clientDefaultExpiring: IssuedCertificate | undefined
}

// States are immutable, so an index stays right for as long as its state lives; the cache is invisible to callers.
const cache = new WeakMap<RotationState, LandscapeIndex>()

/** The lookups of a state, built on first use and reused for the same state object. */
export function indexLandscape(state: RotationState): LandscapeIndex {
  const cached = cache.get(state)
  if (cached) return cached
  const trustedByHost = new Map<string, ReadonlySet<string>>()
  const externalSystemsByHost = new Map<string, ExternalSystem>()
  for (const externalSystem of state.externalSystems) {
    const key = hostKey(externalSystem.host)
    externalSystemsByHost.set(key, externalSystem)
    trustedByHost.set(key, new Set(externalSystem.trustStore.map((t) => t.fingerprintSha256)))
  }
  const systemsByHost = new Map<string, CommunicationSystem[]>()
  for (const system of state.systems) {
    const calling = systemsByHost.get(system.hostName)
    if (calling) calling.push(system)
    else systemsByHost.set(system.hostName, [system])
  }
  const index: LandscapeIndex = {
    today: state.today,
    phase: phaseOn(state.today),
    nextRotationDate: nextRotationDate(state.today),
    certificatesById: new Map(state.certificates.map((c) => [c.id, c])),
    systemsById: new Map(state.systems.map((s) => [s.systemId, s])),
    systemsByHost,
    externalSystemsByHost,
    trustedByHost,
    clientDefault: clientDefault(state),
    clientDefaultExpiring: clientDefaultExpiring(state),
  }
  cache.set(state, index)
  return index
}
