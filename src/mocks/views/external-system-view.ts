import type {
  ConnectionAttempt as AttemptView,
  ExternalSystem as ExternalSystemView,
  ExternalSystemSummary,
  TrustedCertificate as TrustedView,
} from '../../api/contracts/external-systems'
import { indexLandscape, type LandscapeIndex } from '../../domain/landscape-index'
import { outcomeOf } from '../../domain/outcome'
import type {
  ConnectionAttempt,
  ExternalSystem,
  RotationState,
  TrustedCertificate,
} from '../../domain/types'
import { outcomeMessage } from './connection-view'

/** One external system: trust store with matches, the connection log newest first, who calls it. */
export function externalSystemView(
  state: RotationState,
  externalSystem: ExternalSystem,
): ExternalSystemView {
  const { lastConnection: _newest, ...summary } = externalSystemSummary(
    state,
    externalSystem,
    byFingerprint(state),
  )
  const index = indexLandscape(state)
  const log = [...externalSystem.connectionLog].reverse()
  return { ...summary, connectionLog: log.map((a) => attemptView(index, externalSystem, a)) }
}

function acceptsClientDefault(state: RotationState, host: string): boolean {
  const index = indexLandscape(state)
  const current = index.clientDefault
  return current !== undefined && outcomeOf(index, host, current.id, state.today).status === 200
}

/** A logged attempt with its reason in plain words, as the outcome of a check says it. */
function attemptView(
  index: LandscapeIndex,
  externalSystem: ExternalSystem,
  attempt: ConnectionAttempt,
): AttemptView {
  const { host, trustMode } = externalSystem
  const message = outcomeMessage(index, host, { ...attempt, trustMode })
  return { ...attempt, message }
}

/** A row of the list (no log, only the newest attempt). */
export function externalSystemSummary(
  state: RotationState,
  externalSystem: ExternalSystem,
  certificates: ReadonlyMap<string, Match>,
): ExternalSystemSummary {
  const lastAttempt = externalSystem.connectionLog.at(-1)
  const index = indexLandscape(state)
  // From the index: filtering every system for every host took 3.8 s for the list of the
  // 5,000-system landscape (docs/performance.md, session 11).
  const callers = index.systemsByHost.get(externalSystem.host) ?? []
  return {
    host: externalSystem.host,
    ...(externalSystem.name === undefined ? {} : { name: externalSystem.name }),
    trustMode: externalSystem.trustMode,
    capacity: externalSystem.capacity,
    rejectionCode: externalSystem.rejectionCode,
    trustStore: externalSystem.trustStore.map((entry) => trustedView(entry, certificates)),
    systems: callers.map(({ systemId, systemName }) => ({ systemId, systemName })),
    acceptsClientDefault: acceptsClientDefault(state, externalSystem.host),
    lastConnection: lastAttempt
      ? attemptView(index, externalSystem, lastAttempt)
      : null,
  }
}

type Match = NonNullable<TrustedView['matches']>

/** Rotation Lab's certificates by SHA-256 fingerprint, removed ones included (they may linger in a store). */
export function byFingerprint(state: RotationState): Map<string, Match> {
  const matches = new Map<string, Match>()
  for (const certificate of state.certificates) {
    if (!certificate.material) continue
    matches.set(certificate.material.fingerprintSha256, {
      id: certificate.id,
      description: certificate.description,
      removed: certificate.removedOn !== undefined,
    })
  }
  return matches
}

function trustedView(
  entry: TrustedCertificate,
  certificates: ReadonlyMap<string, Match>,
): TrustedView {
  const match = certificates.get(entry.fingerprintSha256)
  return { ...entry, ...(match ? { matches: match } : {}) }
}
