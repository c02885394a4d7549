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
  /**
   * The CA certificates the holder presents with it (TLS sends leaf and intermediates), issuing CA first,
   * root last. The backend verified each signature with the key of the link above; the engine only
   * compares fingerprints and checks validity on the simulated day.
   */
  readonly chain: readonly ChainLink[]
  /** Where the verified chain stops short of a self-signed root, and why; absent for a complete chain. */
  readonly chainBreak?: ChainBreak
}

/** A CA certificate in a certificate's chain. */
export interface ChainLink {
  readonly fingerprintSha256: string
  readonly subject: string
  readonly validFrom: IsoDate
  readonly validTo: IsoDate
}

export interface ChainBreak {
  /** No CA certificate of that name is known, or one is but its key did not sign the certificate below. */
  readonly reason: 'issuer-not-found' | 'signature-invalid'
  /** The issuer name the chain could not be continued to. */
  readonly issuer: string
}

export type CertificateKind = 'Default' | 'Customer'

/**
 * SAP's Certificate Category: only a certificate in 'Client Default for ABAP on BTP' can be chosen for
 * an outbound user. SAP's defaults carry it; a customer certificate starts 'Not Assigned' (decision 014).
 */
export type CertificateCategory = 'Client Default for ABAP on BTP' | 'Not Assigned'

export const CLIENT_DEFAULT_CATEGORY: CertificateCategory = 'Client Default for ABAP on BTP'
export const NO_CATEGORY: CertificateCategory = 'Not Assigned'
export const CERTIFICATE_CATEGORIES: readonly CertificateCategory[] = [
  CLIENT_DEFAULT_CATEGORY,
  NO_CATEGORY,
]

/**
 * A PKCS #10 certificate signing request the backend made for a customer certificate: public data
 * only (the private key stays in the backend, keyed by certificate id).
 */
export interface SigningRequest {
  /** The requested subject as text, e.g. 'CN=edi.example.com, O=Example Corp, C=US'. */
  readonly subject: string
  readonly requestedOn: IsoDate
  /** SHA-256 of the request's SubjectPublicKeyInfo: the signed certificate must carry this key. */
  readonly publicKeySha256: string
  /** The request as PEM (-----BEGIN CERTIFICATE REQUEST-----), for download. */
  readonly csrPem: string
}

export interface Certificate {
  readonly id: string
  readonly kind: CertificateKind
  readonly managedBy: 'SAP' | 'Customer'
  /** 'Client Default' or 'Client Default Expiring' for SAP's defaults; the administrator's text otherwise. */
  readonly description: string
  readonly category: CertificateCategory
  /** Absent only while a customer certificate is a signing request without a signed certificate yet. */
  readonly validFrom?: IsoDate
  readonly validTo?: IsoDate
  /** The day SAP issued it, or the day the customer's current certificate (or its first request) came in. */
  readonly issuedOn: IsoDate
  /** Set once removed: the certificate then lives on in the history only. */
  readonly removedOn?: IsoDate
  /** The last simulated day an administrator exported it (the seed's first step for a new default). */
  readonly lastExportedOn?: IsoDate
  /**
   * Null for a default issued and removed within one clock jump, whose material nobody ever needed, and for a
   * customer certificate that is only a signing request so far.
   */
  readonly material: CertificateMaterial | null
  /** Customer certificates: the request of Create or Replace awaiting its signed certificate. Until then the material (if any) stays in use. */
  readonly pendingRequest?: SigningRequest
  /** Incremented on every change by the administrator: the backend derives the ETag from it. */
  readonly version: number
}

/** A certificate shown in Maintain Client Certificates: not removed. It may be a signing request only (no material). */
export type ListedCertificate = Certificate & { readonly removedOn?: undefined }

/** A listed certificate with its X.509 material: it can be exported, trusted and presented. */
export type IssuedCertificate = ListedCertificate & {
  readonly material: CertificateMaterial
  readonly validFrom: IsoDate
  readonly validTo: IsoDate
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

/** How an OAuth 2.0 user authenticates its client at the token endpoint (SAP: Client Authentication). */
export type ClientAuthentication = 'Client Secret' | 'mTLS'

export const CLIENT_AUTHENTICATIONS: readonly ClientAuthentication[] = ['Client Secret', 'mTLS']

export interface OutboundUser {
  readonly id: string
  readonly userName: string
  readonly authenticationMethod: AuthenticationMethod
  /** Present exactly when authenticationMethod is 'OAuth 2.0'. */
  readonly clientAuthentication?: ClientAuthentication
  /**
   * Present exactly for certificate-based users (SSL Client Certificate, or OAuth 2.0 with mTLS);
   * names a listed certificate.
   */
  readonly clientCertificateId?: string
  /**
   * User Name and Password only: the salted hash the backend made of the password. The password
   * itself never reaches the engine, and no response carries either (the API says only whether one is set).
   */
  readonly passwordHash?: string
}

export interface CommunicationSystem {
  readonly systemId: string
  readonly systemName: string
  /** Also the key of the external system this system talks to. */
  readonly hostName: string
  readonly port: number
  /** General Data: the host of the system's user interface ('' when none). */
  readonly uiHost: string
  /** Business System: SAP's logical system name (up to 10 capital letters and digits, '' when none). */
  readonly logicalSystem: string
  readonly businessSystem: string
  /** Technical Data: reached through the SAP Cloud Connector, at the location sccLocationId names. */
  readonly cloudConnector: boolean
  /** '' without Cloud Connector, and for the Cloud Connector's default location. */
  readonly sccLocationId: string
  readonly contactName: string
  readonly email: string
  readonly phone: string
  readonly inboundOnly: boolean
  readonly inboundUsers: readonly InboundUser[]
  readonly outboundUsers: readonly OutboundUser[]
  /** Incremented on every change, SAP's migrations included: the backend derives the ETag from it. */
  readonly version: number
}

export type ExternalSystemCapacity = 'multiple' | 'single'

/**
 * How an external system decides whom it trusts: only the exact client certificates uploaded to it
 * (it maps that certificate to a user), or any certificate that chains to a CA certificate uploaded to it.
 */
export type TrustMode = 'PinnedCertificate' | 'TrustedIssuer'

export const TRUST_MODES: readonly TrustMode[] = ['PinnedCertificate', 'TrustedIssuer']
export type RejectionCode = 401 | 403

export interface TrustedCertificate {
  readonly fingerprintSha256: string
  readonly subject: string
  readonly serialNumber: string
  readonly validFrom: IsoDate
  readonly validTo: IsoDate
  readonly uploadedOn: IsoDate
  /** A CA certificate: it counts only for an external system that trusts issuers. */
  readonly isCa: boolean
}

export type ConnectionStatus = 200 | RejectionCode | 'unreachable'

export type ConnectionReason =
  /** 200: the external system's trust store holds this certificate itself. */
  | 'certificate-trusted'
  /** 200: the external system trusts a CA the certificate chains to. */
  | 'issuer-trusted'
  /** The external system pins certificates and does not hold this one. */
  | 'certificate-not-trusted'
  /** The external system trusts issuers, but none the certificate chains to. */
  | 'issuer-not-trusted'
  /** The certificate's chain breaks (unknown issuer, bad signature) below any CA the system trusts. */
  | 'chain-broken'
  /** A CA certificate of the chain is not valid on the day. */
  | 'issuer-expired'
  | 'issuer-not-yet-valid'
  | 'certificate-expired'
  | 'certificate-not-yet-valid'
  /** Predictions only: SAP has not issued the certificate yet, so no pinning system can hold it. */
  | 'certificate-not-issued-yet'
  | 'certificate-unknown'
  | 'no-external-system'

/** What a connection outcome's reason is about, beyond the status: the facts its sentence names. */
export interface OutcomeDetail {
  /** The trusted CA (issuer-trusted), the CA that is not valid (issuer-*), the issuer a chain breaks at. */
  readonly subject?: string
  /** The day that matters: valid-to of an expired certificate, valid-from of a not yet valid one, issuance day. */
  readonly date?: IsoDate
  /** Why a chain broke. */
  readonly chainBreak?: ChainBreak['reason']
}

export interface ConnectionAttempt {
  readonly date: IsoDate
  readonly systemId: string
  readonly userId: string
  readonly userName: string
  readonly certificateId: string
  readonly fingerprintSha256: string | null
  readonly status: ConnectionStatus
  readonly reason: ConnectionReason
  readonly detail?: OutcomeDetail
}

/** The simulated server a communication system calls, keyed by its host name. */
export interface ExternalSystem {
  readonly host: string
  readonly name?: string
  readonly trustMode: TrustMode
  readonly capacity: ExternalSystemCapacity
  readonly rejectionCode: RejectionCode
  readonly trustStore: readonly TrustedCertificate[]
  /** Newest last; capped at CONNECTION_LOG_LIMIT entries. */
  readonly connectionLog: readonly ConnectionAttempt[]
}

export const CONNECTION_LOG_LIMIT = 100

/**
 * A communication arrangement: a communication scenario put to use with one communication system,
 * its inbound user and its outbound user. SAP keys it by its name, which cannot change.
 */
export interface CommunicationArrangement {
  readonly name: string
  readonly scenarioId: string
  readonly systemId: string
  /** One of the system's Users for Inbound Communication; only for scenarios with inbound services. */
  readonly inboundUserName?: string
  /** The id of one of the system's Users for Outbound Communication; only for scenarios with outbound services. */
  readonly outboundUserId?: string
  /** Ids of the scenario's outbound services an administrator switched off; every other one is Active. */
  readonly inactiveServiceIds: readonly string[]
  /** Incremented on every change: the backend derives the ETag from it. */
  readonly version: number
}

export interface RotationState {
  readonly today: IsoDate
  readonly certificates: readonly Certificate[]
  readonly systems: readonly CommunicationSystem[]
  /** In the order they were created. */
  readonly arrangements: readonly CommunicationArrangement[]
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
  | 'Communication Arrangement'
  | 'External System'
  | 'Clock'

/**
 * SAP's automatic migration of one rotation: one change record per user, kept as columns so that a
 * ten-year jump over 20,000 users (400,000 records) costs arrays, not objects. Record ids are
 * `firstId`, `firstId + 1`, … in user order; `expandEntry` turns it into the records.
 */
export interface MigrationBatch {
  readonly kind: 'migration'
  readonly firstId: number
  readonly date: IsoDate
  readonly fromCertificateId: string
  readonly toCertificateId: string
  readonly systemIds: readonly string[]
  readonly userIds: readonly string[]
  readonly userNames: readonly string[]
}

/** What the change log holds: single records, and migration batches that stand for one record per user. */
export type ChangeLogEntry = ChangeRecord | MigrationBatch

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
