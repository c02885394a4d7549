import type { IsoDate, RotationEvent } from './calendar'

// All state is plain JSON data: it is persisted in IndexedDB and sent over HTTP as it is.

export const CLIENT_DEFAULT = 'Client Default'
export const CLIENT_DEFAULT_EXPIRING = 'Client Default Expiring'

/**
 * What the backend made with a real X.509 library. The engine only compares fingerprintSha256;
 * it never holds a private key (that stays in the backend, keyed by certificate id).
 */
export interface CertificateMaterial {
  readonly fingerprintSha256: string
  readonly fingerprintSha1: string
  readonly serialNumber: string
  readonly subject: string
  readonly issuer: string
  /** The public certificate as PEM, for export. */
  readonly pem: string
}

export type CertificateKind = 'Default' | 'Customer'

export interface Certificate {
  readonly id: string
  readonly kind: CertificateKind
  readonly managedBy: 'SAP' | 'Customer'
  /** 'Client Default' or 'Client Default Expiring' for SAP's defaults; the administrator's text otherwise. */
  readonly description: string
  readonly validFrom: IsoDate
  readonly validTo: IsoDate
  readonly issuedOn: IsoDate
  /** Set once removed: the certificate then lives on in the history only. */
  readonly removedOn?: IsoDate
  /** The last simulated day an administrator exported it (the seed's first step for a new default). */
  readonly lastExportedOn?: IsoDate
  /** Null only for a default issued and removed within one clock jump, whose material nobody ever needed. */
  readonly material: CertificateMaterial | null
}

/** A certificate shown in Maintain Client Certificates: not removed, so it always has material. */
export type ListedCertificate = Certificate & {
  readonly material: CertificateMaterial
  readonly removedOn?: undefined
}

export type AuthenticationMethod =
  'None' | 'User Name and Password' | 'SSL Client Certificate' | 'OAuth 2.0'

export const AUTHENTICATION_METHODS: readonly AuthenticationMethod[] = [
  'None',
  'User Name and Password',
  'SSL Client Certificate',
  'OAuth 2.0',
]

export interface InboundUser {
  readonly userName: string
  readonly authenticationMethod: AuthenticationMethod
}

export interface OutboundUser {
  readonly id: string
  readonly userName: string
  readonly authenticationMethod: AuthenticationMethod
  /** Present exactly when authenticationMethod is 'SSL Client Certificate'; names a listed certificate. */
  readonly clientCertificateId?: string
}

export interface CommunicationSystem {
  readonly systemId: string
  readonly systemName: string
  /** Also the key of the external system this system talks to. */
  readonly hostName: string
  readonly port: number
  readonly contactInformation: string
  readonly inboundOnly: boolean
  readonly inboundUsers: readonly InboundUser[]
  readonly outboundUsers: readonly OutboundUser[]
  /** Incremented on every change, SAP's migrations included: the backend derives the ETag from it. */
  readonly version: number
}

export type ExternalSystemCapacity = 'multiple' | 'single'
export type RejectionCode = 401 | 403

export interface TrustedCertificate {
  readonly fingerprintSha256: string
  readonly subject: string
  readonly serialNumber: string
  readonly validFrom: IsoDate
  readonly validTo: IsoDate
  readonly uploadedOn: IsoDate
}

export type ConnectionStatus = 200 | RejectionCode | 'unreachable'

export type ConnectionReason =
  | 'ok'
  | 'certificate-not-trusted'
  | 'certificate-expired'
  | 'certificate-not-yet-valid'
  | 'certificate-unknown'
  | 'no-external-system'

export interface ConnectionAttempt {
  readonly date: IsoDate
  readonly systemId: string
  readonly userId: string
  readonly userName: string
  readonly certificateId: string
  readonly fingerprintSha256: string | null
  readonly status: ConnectionStatus
  readonly reason: ConnectionReason
}

/** The simulated server a communication system calls, keyed by its host name. */
export interface ExternalSystem {
  readonly host: string
  readonly name?: string
  readonly capacity: ExternalSystemCapacity
  readonly rejectionCode: RejectionCode
  readonly trustStore: readonly TrustedCertificate[]
  /** Newest last; capped at CONNECTION_LOG_LIMIT entries. */
  readonly connectionLog: readonly ConnectionAttempt[]
}

export const CONNECTION_LOG_LIMIT = 100

export interface RotationState {
  readonly today: IsoDate
  readonly certificates: readonly Certificate[]
  readonly systems: readonly CommunicationSystem[]
  readonly externalSystems: readonly ExternalSystem[]
  /** Issuances and rotations applied so far, strictly increasing: the proof that none ran twice. */
  readonly appliedEvents: readonly RotationEvent[]
  /** Counters for deterministic ids: the same commands always give the same ids. */
  readonly nextRecordId: number
  readonly nextObjectId: number
}

export type Actor = 'SAP' | 'Administrator'

export type ChangeCategory =
  | 'Communication System'
  | 'Users for Inbound Communication'
  | 'Users for Outbound Communication'
  | 'Client Certificate'
  | 'External System'
  | 'Clock'

/** One entry of the change log: what changed, on which simulated date, by whom. */
export interface ChangeRecord {
  readonly id: number
  readonly date: IsoDate
  readonly actor: Actor
  readonly category: ChangeCategory
  readonly systemId?: string
  readonly objectId: string
  readonly field?: string
  readonly oldValue?: string
  readonly newValue?: string
  readonly message: string
}
