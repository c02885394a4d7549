import type { Command, TransitionSuccess } from '../../domain/commands'
import type { DomainError } from '../../domain/errors'
import { plannedIssuances } from '../../domain/issuance'
import { transition } from '../../domain/transition'
import type { ChangeLogEntry, TrustedCertificate } from '../../domain/types'
import type { CertificateMaterial as PkiMaterial } from '../pki/certificate-material'
import { caOf, issueDefaults, type IssuedBatch } from './certificate-factory'
import type { SimulatedSystem } from './simulated-system'

export type Applied =
  | { ok: true; system: SimulatedSystem; transition: TransitionSuccess }
  | { ok: false; error: DomainError }

/** Runs one engine command on the system: the next system with its records appended, or the refusal. */
export function applyCommand(system: SimulatedSystem, command: Command): Applied {
  const result = transition(system.state, command)
  if (!result.ok) return { ok: false, error: result.error }
  return {
    ok: true,
    system: withRecords({ ...system, state: result.state }, result.records),
    transition: result,
  }
}

/**
 * Advances the simulated clock: the backend first makes the certificates the engine announces
 * (key generation is asynchronous), then the engine applies every event in order, exactly once.
 */
export async function advanceClockTo(system: SimulatedSystem, to: string): Promise<Applied> {
  const requests = plannedIssuances(system.state, to)
  let batch: IssuedBatch | undefined
  if (requests.length > 0) batch = await issueDefaults(await caOf(system), requests)
  const applied = applyCommand(system, { type: 'advanceClock', to, issued: batch?.material })
  if (!applied.ok) return applied
  const next = batch ? withPki(applied.system, batch) : applied.system
  return { ...applied, system: withoutKeysOfRemoved(next) }
}

/**
 * Drops the private keys of certificates the rotation removed: nothing can present them any more,
 * and kept they would make the saved simulation grow with every cycle.
 */
function withoutKeysOfRemoved(system: SimulatedSystem): SimulatedSystem {
  const removed = system.state.certificates.filter(
    (certificate) =>
      certificate.removedOn !== undefined && certificate.id in system.pki.privateKeys,
  )
  if (removed.length === 0) return system
  const privateKeys = { ...system.pki.privateKeys }
  for (const certificate of removed) delete privateKeys[certificate.id]
  return { ...system, pki: { ...system.pki, privateKeys } }
}

/** The trust-store entry for a certificate the simulated system knows (a scenario's upload). */
export function trustedEntry(details: PkiMaterial): Omit<TrustedCertificate, 'uploadedOn'> {
  return {
    fingerprintSha256: details.fingerprintSha256,
    subject: details.subject.text,
    serialNumber: details.serialNumber,
    validFrom: details.validFrom,
    validTo: details.validTo,
    isCa: details.isCa,
  }
}

/** Adds the X.509 details and private keys of newly made certificates. */
export function withPki(system: SimulatedSystem, batch: IssuedBatch): SimulatedSystem {
  return {
    ...system,
    pki: {
      ...system.pki,
      details: { ...system.pki.details, ...batch.details },
      privateKeys: { ...system.pki.privateKeys, ...batch.privateKeys },
    },
  }
}

function withRecords(system: SimulatedSystem, records: readonly ChangeLogEntry[]): SimulatedSystem {
  return records.length === 0 ? system : { ...system, changeLog: [...system.changeLog, ...records] }
}
