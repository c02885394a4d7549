import { isListed } from '../certificates'
import type { IsoDate } from '../calendar'
import type { IssuedMaterial, TransitionResult } from '../commands'
import { createInitialState } from '../initial-state'
import { initialIssuances, plannedIssuances, type IssuanceRequest } from '../issuance'
import { transition } from '../transition'
import type {
  CertificateMaterial,
  CommunicationSystem,
  ExternalSystem,
  ExternalSystemCapacity,
  RejectionCode,
  RotationState,
  TrustedCertificate,
} from '../types'

// Test data for tests, the benchmark and demo scenarios: deterministic and pure, no crypto.

function hashHex(text: string, seed: number): string {
  // FNV-1a: cheap and stable; these fingerprints only need to be distinct, not secure.
  let hash = 0x811c9dc5 ^ seed
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(16).padStart(8, '0')
}

/** Fake but deterministic material for a certificate id (distinct ids give distinct fingerprints). */
export function fakeMaterial(id: string): CertificateMaterial {
  const words = Array.from({ length: 8 }, (_, i) => hashHex(id, i))
  return {
    fingerprintSha256: words.join(''),
    fingerprintSha1: words.slice(0, 5).join(''),
    serialNumber: words[0] ?? '00',
    subject: `CN=${id}`,
    issuer: 'CN=Rotation Lab Test CA',
    pem: `-----BEGIN CERTIFICATE-----\n${id}\n-----END CERTIFICATE-----`,
  }
}

/** Fake material for issuance requests; with `onlyNeeded`, skips those issued and removed in one move. */
export function fakeIssued(
  requests: readonly IssuanceRequest[],
  onlyNeeded = false,
): IssuedMaterial {
  const issued: Record<string, CertificateMaterial> = {}
  for (const request of requests) {
    if (!onlyNeeded || request.needsMaterial)
      issued[request.certificateId] = fakeMaterial(request.certificateId)
  }
  return issued
}

/** Advances the clock the way the backend will: plan, make material, then transition. */
export function advanceTo(state: RotationState, to: IsoDate, onlyNeeded = false): TransitionResult {
  return transition(state, {
    type: 'advanceClock',
    to,
    issued: fakeIssued(plannedIssuances(state, to), onlyNeeded),
  })
}

/** The trust-store entry for uploading a listed certificate to an external system. */
export function trustedEntry(
  state: RotationState,
  certificateId: string,
): Omit<TrustedCertificate, 'uploadedOn'> {
  const certificate = state.certificates.find((c) => c.id === certificateId)
  if (!certificate || !isListed(certificate))
    throw new Error(`test setup: ${certificateId} is not listed`)
  const { fingerprintSha256, subject, serialNumber } = certificate.material
  return {
    fingerprintSha256,
    subject,
    serialNumber,
    validFrom: certificate.validFrom,
    validTo: certificate.validTo,
  }
}

export interface LandscapeOptions {
  readonly today: IsoDate
  readonly systems: number
  readonly usersPerSystem: number
  /** Users per system on SSL Client Certificate (the rest use User Name and Password). Default: all. */
  readonly certificateUsersPerSystem?: number
  /** Systems per external host; 1 gives every system its own external system. */
  readonly systemsPerHost?: number
  /** Whether every external system already trusts the listed default certificates. Default: true. */
  readonly trustDefaults?: boolean
  readonly capacity?: ExternalSystemCapacity
  readonly rejectionCode?: RejectionCode
}

/** A landscape of N systems × M outbound users, all certificate users on Client Default. */
export function buildLandscape(options: LandscapeOptions): RotationState {
  const { today, usersPerSystem, systemsPerHost = 1, trustDefaults = true } = options
  const certificateUsers = options.certificateUsersPerSystem ?? usersPerSystem
  const requests = initialIssuances(today)
  const clientDefaultId = requests[requests.length - 1]?.certificateId ?? ''
  const systems: CommunicationSystem[] = []
  for (let s = 0; s < options.systems; s++) {
    const systemId = `SYS_${String(s).padStart(5, '0')}`
    systems.push({
      systemId,
      systemName: `System ${s}`,
      hostName: `host-${Math.floor(s / systemsPerHost)}.example.com`,
      port: 443,
      contactInformation: '',
      inboundOnly: false,
      inboundUsers: [],
      outboundUsers: Array.from({ length: usersPerSystem }, (_, u) =>
        u < certificateUsers
          ? {
              id: `${systemId}-U${u}`,
              userName: `OUT_${u}`,
              authenticationMethod: 'SSL Client Certificate' as const,
              clientCertificateId: clientDefaultId,
            }
          : {
              id: `${systemId}-U${u}`,
              userName: `OUT_${u}`,
              authenticationMethod: 'User Name and Password' as const,
            },
      ),
      version: 1,
    })
  }
  const trustStore = trustDefaults
    ? requests.map((r) => ({ ...trustedEntryOf(r), uploadedOn: today }))
    : []
  const hostCount = Math.ceil(options.systems / systemsPerHost)
  const externalSystems: ExternalSystem[] = Array.from({ length: hostCount }, (_, h) => ({
    host: `host-${h}.example.com`,
    capacity: options.capacity ?? 'multiple',
    rejectionCode: options.rejectionCode ?? 401,
    trustStore: options.capacity === 'single' ? trustStore.slice(-1) : trustStore,
    connectionLog: [],
  }))
  const result = createInitialState({
    today,
    issued: fakeIssued(requests),
    systems,
    externalSystems,
  })
  if (!result.ok) throw new Error(`test setup: ${result.error.message}`)
  return result.value
}

function trustedEntryOf(request: IssuanceRequest): Omit<TrustedCertificate, 'uploadedOn'> {
  const material = fakeMaterial(request.certificateId)
  return {
    fingerprintSha256: material.fingerprintSha256,
    subject: material.subject,
    serialNumber: material.serialNumber,
    validFrom: request.validFrom,
    validTo: request.validTo,
  }
}
