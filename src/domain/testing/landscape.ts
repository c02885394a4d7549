import { isIssued } from '../certificates'
import type { IsoDate } from '../calendar'
import type { IssuedMaterial, TransitionResult } from '../commands'
import { createInitialState } from '../initial-state'
import { initialIssuances, plannedIssuances, type IssuanceRequest } from '../issuance'
import { transition } from '../transition'
import type {
  CertificateMaterial,
  ChainLink,
  CommunicationSystem,
  ExternalSystem,
  ExternalSystemCapacity,
  RejectionCode,
  RotationState,
  TrustedCertificate,
  TrustMode,
} from '../types'
import { NEW_SYSTEM_DEFAULTS } from '../system-fields'

// Test data for tests, the benchmark and demo scenarios: deterministic and pure, no crypto.

function hashHex(text: string, seed: number): string {
  // FNV-1a: cheap and stable; these fingerprints only need to be distinct, not secure.
  let hash = 0x811c9dc5 ^ seed
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(16).padStart(8, '0')
}

function fakeFingerprint(id: string): string {
  return Array.from({ length: 8 }, (_, i) => hashHex(id, i)).join('')
}

/** A fake SAP chain every fake default comes from: an intermediate under a root, valid 2000–2199. */
export const FAKE_INTERMEDIATE: ChainLink = {
  fingerprintSha256: fakeFingerprint('fake-intermediate-ca'),
  subject: 'CN=Test Client CA',
  validFrom: '2000-01-01',
  validTo: '2199-12-31',
}
export const FAKE_ROOT: ChainLink = {
  fingerprintSha256: fakeFingerprint('fake-root-ca'),
  subject: 'CN=Test Root CA',
  validFrom: '2000-01-01',
  validTo: '2199-12-31',
}

/** Fake but deterministic material for a certificate id (distinct ids give distinct fingerprints). */
export function fakeMaterial(
  id: string,
  chain: readonly ChainLink[] = [FAKE_INTERMEDIATE, FAKE_ROOT],
): CertificateMaterial {
  const words = Array.from({ length: 8 }, (_, i) => hashHex(id, i))
  return {
    fingerprintSha256: words.join(''),
    fingerprintSha1: words.slice(0, 5).join(''),
    serialNumber: words[0] ?? '00',
    subject: `CN=${id}`,
    issuer: chain[0]?.subject ?? `CN=${id}`,
    pem: `-----BEGIN CERTIFICATE-----\n${id}\n-----END CERTIFICATE-----`,
    chain,
  }
}

/** The trust-store entry for a CA of the fake chain (what uploading SAP's root does). */
export function trustedCaEntry(link: ChainLink): Omit<TrustedCertificate, 'uploadedOn'> {
  return {
    fingerprintSha256: link.fingerprintSha256,
    subject: link.subject,
    serialNumber: link.fingerprintSha256.slice(0, 8),
    validFrom: link.validFrom,
    validTo: link.validTo,
    isCa: true,
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
  if (!certificate || !isIssued(certificate))
    throw new Error(`test setup: ${certificateId} is not listed`)
  const { fingerprintSha256, subject, serialNumber } = certificate.material
  return {
    fingerprintSha256,
    subject,
    serialNumber,
    validFrom: certificate.validFrom,
    validTo: certificate.validTo,
    isCa: false,
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
  /** Pinned unless told; with TrustedIssuer and `trustDefaults`, the stores hold the fake root instead. */
  readonly trustMode?: TrustMode
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
      ...NEW_SYSTEM_DEFAULTS,
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
  const trustMode = options.trustMode ?? 'PinnedCertificate'
  const trusted =
    trustMode === 'TrustedIssuer'
      ? [trustedCaEntry(FAKE_ROOT)]
      : requests.map((r) => trustedEntryOf(r))
  const trustStore = trustDefaults ? trusted.map((t) => ({ ...t, uploadedOn: today })) : []
  const hostCount = Math.ceil(options.systems / systemsPerHost)
  const externalSystems: ExternalSystem[] = Array.from({ length: hostCount }, (_, h) => ({
    host: `host-${h}.example.com`,
    trustMode,
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
    isCa: false,
  }
}
