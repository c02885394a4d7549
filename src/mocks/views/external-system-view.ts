import type {
  ExternalSystem as ExternalSystemView,
  ExternalSystemSummary,
  TrustedCertificate as TrustedView,
} from '../../api/contracts/external-systems'
import type { ExternalSystem, RotationState, TrustedCertificate } from '../../domain/types'

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
  return { ...summary, connectionLog: [...externalSystem.connectionLog].reverse() }
}

/** A row of the list (no log, only the newest attempt). */
export function externalSystemSummary(
  state: RotationState,
  externalSystem: ExternalSystem,
  certificates: ReadonlyMap<string, Match>,
): ExternalSystemSummary {
  return {
    host: externalSystem.host,
    ...(externalSystem.name === undefined ? {} : { name: externalSystem.name }),
    capacity: externalSystem.capacity,
    rejectionCode: externalSystem.rejectionCode,
    trustStore: externalSystem.trustStore.map((entry) => trustedView(entry, certificates)),
    systems: state.systems
      .filter((system) => system.hostName === externalSystem.host)
      .map(({ systemId, systemName }) => ({ systemId, systemName })),
    lastConnection: externalSystem.connectionLog.at(-1) ?? null,
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
