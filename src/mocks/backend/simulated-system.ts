import type { ChangeLogEntry, RotationState } from '../../domain/types'
import type { CaChainRecord } from '../pki/ca'
import type { CustomerCaRecord } from '../pki/customer-ca'

import type { CertificateMaterial as PkiMaterial } from '../pki/certificate-material'
import { isCryptoKey } from './stored-system-check'

/**
 * Bump when the persisted shape changes: an older store is then reported, never misread.
 * 2: trust modes, CA chains in certificate material, OAuth client authentication, migration batches.
 * 3: communication arrangements; SAP's system fields (UI Host, business system, Cloud Connector,
 *    contact name, e-mail, phone); password hashes.
 * 4: customer certificates: Certificate Category, version, pending signing request (decision 014);
 *    the customer CA and the keys of signing requests in the PKI.
 */
export const SYSTEM_SCHEMA_VERSION = 4

/**
 * The whole simulated SAP system as persisted: the engine's state, the change log, and the PKI.
 * Private keys are CryptoKeys (stored by structured clone, never as JSON) and no response reads them.
 */
export interface SimulatedSystem {
  scenarioId: string
  state: RotationState
  /** Every change log entry so far, oldest first; only ever appended to (migration batches stand for many records). */
  changeLog: ChangeLogEntry[]
  pki: {
    chain: CaChainRecord
    signingKey: CryptoKey
    /** The X.509 details of every certificate the engine knows (subject parts, algorithms), by id. */
    details: Record<string, PkiMaterial>
    /** The subject keys of issued certificates, by id: they never leave the backend. */
    privateKeys: Record<string, CryptoKey>
    /**
     * The keys of pending signing requests (Create, Replace), by certificate id: kept apart from
     * privateKeys because a Replace's request waits while the current certificate's key stays in use.
     */
    requestKeys?: Record<string, CryptoKey>
    /** The simulated customer CA that signs requests offline (made on first use). */
    customerCa?: { record: CustomerCaRecord; signingKey: CryptoKey }
  }
}

/** A cheap structural check of what IndexedDB returned, so that a damaged store is reported. */
export function isSimulatedSystem(value: unknown): value is SimulatedSystem {
  const system = value as Partial<SimulatedSystem> | undefined
  return (
    typeof system === 'object' &&
    system !== null &&
    typeof system.scenarioId === 'string' &&
    typeof system.state?.today === 'string' &&
    Array.isArray(system.state.certificates) &&
    Array.isArray(system.state.systems) &&
    Array.isArray(system.state.arrangements) &&
    Array.isArray(system.state.externalSystems) &&
    Array.isArray(system.changeLog) &&
    typeof system.pki?.chain?.clientCa?.pem === 'string' &&
    isCryptoKey(system.pki.signingKey) &&
    typeof system.pki.details === 'object'
  )
}
