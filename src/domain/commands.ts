import type { IsoDate } from './calendar'
import type { UploadedMaterial } from './certificate-commands'
import type { CertificateChanges } from './certificate-update'
import type { NewSigningRequest } from './signing-request-commands'
import type { DomainError } from './errors'
import type {
  AuthenticationMethod,
  CertificateMaterial,
  ChangeLogEntry,
  ClientAuthentication,
  ConnectionAttempt,
  ExternalSystemCapacity,
  InboundUser,
  RejectionCode,
  RotationState,
  TrustedCertificate,
  TrustMode,
} from './types'

/** Material for the defaults a clock move issues, keyed by the ids `plannedIssuances` announced. */
export type IssuedMaterial = Readonly<Record<string, CertificateMaterial>>

export interface NewOutboundUser {
  readonly userName: string
  readonly authenticationMethod: AuthenticationMethod
  /** OAuth 2.0 only; 'Client Secret' when left out. */
  readonly clientAuthentication?: ClientAuthentication
  readonly clientCertificateId?: string
  /** User Name and Password only: the backend's hash of the password (never the password itself). */
  readonly passwordHash?: string
}

export interface SystemFields {
  readonly systemName: string
  readonly hostName: string
  readonly port: number
  readonly uiHost: string
  readonly logicalSystem: string
  readonly businessSystem: string
  readonly cloudConnector: boolean
  readonly sccLocationId: string
  readonly contactName: string
  readonly email: string
  readonly phone: string
  readonly inboundOnly: boolean
  readonly inboundUsers: readonly InboundUser[]
}

export type NewSystem = Partial<SystemFields> & {
  readonly systemId: string
  readonly hostName: string
  readonly outboundUsers?: readonly NewOutboundUser[]
}

export interface NewArrangement {
  readonly scenarioId: string
  /** The scenario ID when left out. */
  readonly name?: string
  readonly systemId: string
  /** The system's first user the scenario accepts when left out. */
  readonly outboundUserId?: string
  /** The system's first inbound user when left out. */
  readonly inboundUserName?: string
}

export interface ArrangementChanges {
  readonly systemId?: string
  readonly outboundUserId?: string
  readonly inboundUserName?: string
  /** Service Status per outbound service; services left out keep theirs. */
  readonly services?: readonly { readonly id: string; readonly active: boolean }[]
}

/** Commands that target one communication system may carry the version the client saw (If-Match). */
interface Versioned {
  readonly expectedVersion?: number
}

/** Everything that can change the state: the clock (SAP's schedule) and the administrator's actions. */
export type Command =
  | { readonly type: 'advanceClock'; readonly to: IsoDate; readonly issued?: IssuedMaterial }
  | { readonly type: 'createSystem'; readonly system: NewSystem }
  | ({
      readonly type: 'updateSystem'
      readonly systemId: string
      readonly changes: Partial<SystemFields>
    } & Versioned)
  | ({ readonly type: 'deleteSystem'; readonly systemId: string } & Versioned)
  | ({
      readonly type: 'addOutboundUser'
      readonly systemId: string
      readonly user: NewOutboundUser
    } & Versioned)
  | ({
      readonly type: 'updateOutboundUser'
      readonly systemId: string
      readonly userId: string
      readonly changes: Partial<NewOutboundUser>
    } & Versioned)
  | ({
      readonly type: 'deleteOutboundUser'
      readonly systemId: string
      readonly userId: string
    } & Versioned)
  | {
      readonly type: 'addCustomerCertificate'
      readonly description: string
      readonly validFrom: IsoDate
      readonly validTo: IsoDate
      readonly material: CertificateMaterial
    }
  | { readonly type: 'deleteCustomerCertificate'; readonly certificateId: string }
  | {
      readonly type: 'createSigningRequest'
      readonly description: string
      readonly request: NewSigningRequest
    }
  | {
      readonly type: 'replaceCustomerCertificate'
      readonly certificateId: string
      readonly request: NewSigningRequest
    }
  | ({
      readonly type: 'uploadSignedCertificate'
      readonly certificateId: string
      /** SHA-256 of the certificate's SubjectPublicKeyInfo: must be the pending request's. */
      readonly publicKeySha256: string
    } & UploadedMaterial)
  | ({
      readonly type: 'updateCustomerCertificate'
      readonly certificateId: string
      readonly changes: CertificateChanges
    } & Versioned)
  | { readonly type: 'recordExport'; readonly certificateId: string; readonly format: string }
  | {
      readonly type: 'createExternalSystem'
      readonly host: string
      readonly name?: string
      readonly trustMode?: TrustMode
      readonly capacity?: ExternalSystemCapacity
      readonly rejectionCode?: RejectionCode
    }
  | {
      readonly type: 'updateExternalSystem'
      readonly host: string
      readonly changes: {
        readonly name?: string
        readonly trustMode?: TrustMode
        readonly capacity?: ExternalSystemCapacity
        readonly rejectionCode?: RejectionCode
      }
    }
  | {
      readonly type: 'trustCertificate'
      readonly host: string
      readonly certificate: Omit<TrustedCertificate, 'uploadedOn'>
    }
  | {
      readonly type: 'removeTrustedCertificate'
      readonly host: string
      readonly fingerprintSha256: string
    }
  | { readonly type: 'recordConnectionCheck'; readonly systemId: string; readonly userId: string }
  | { readonly type: 'createArrangement'; readonly arrangement: NewArrangement }
  | ({
      readonly type: 'updateArrangement'
      readonly name: string
      readonly changes: ArrangementChanges
    } & Versioned)
  | ({ readonly type: 'deleteArrangement'; readonly name: string } & Versioned)
  | {
      readonly type: 'recordArrangementConnectionCheck'
      readonly name: string
      readonly serviceId: string
    }

export type CommandType = Command['type']

export interface TransitionSuccess {
  readonly ok: true
  readonly state: RotationState
  /** In the order things happened; empty when nothing changed. Migration batches stand for one record per user. */
  readonly records: readonly ChangeLogEntry[]
  /** Id of the object a create command made (system id, outbound user id, certificate id, host, arrangement name). */
  readonly createdId?: string
  /** The attempt a recordConnectionCheck made (also appended to the external system's log). */
  readonly connection?: ConnectionAttempt
}

/** A refusal: `state` is the input state itself, untouched. */
export interface TransitionFailure {
  readonly ok: false
  readonly state: RotationState
  readonly error: DomainError
}

export type TransitionResult = TransitionSuccess | TransitionFailure
