import type { RotationState } from '../../domain/types'
import type { DistinguishedName, NameParts } from '../pki/distinguished-name'
import { issueAll, newCaChain } from './certificate-factory'
import type { LandscapeFile } from './landscape-file-schema'
import type { SimulatedSystem } from './simulated-system'

/**
 * Makes an imported landscape usable: a file holds no private keys, so the CA and every certificate
 * are made again with the same subjects, dates and serial numbers and new keys. Their fingerprints
 * and PEMs change; every place that names an old one (materials, chains, trust stores, connection
 * and change logs) is given the new one, so that every external system trusts what it trusted.
 */
export async function reissueLandscape(
  landscape: LandscapeFile['landscape'],
): Promise<{ system: SimulatedSystem; reissued: number }> {
  const { chain, details } = landscape.pki
  const ca = await newCaChain({
    rootName: nameParts(chain.root.material.subject),
    clientCaName: nameParts(chain.clientCa.material.subject),
    validFrom: chain.root.material.validFrom,
    validTo: chain.root.material.validTo,
    rootSerialNumber: chain.root.material.serialNumber,
    clientCaSerialNumber: chain.clientCa.material.serialNumber,
  })
  const listed = new Set(
    landscape.state.certificates.filter((c) => c.removedOn === undefined).map((c) => c.id),
  )
  const batch = await issueAll(
    ca,
    Object.entries(details).map(([id, old]) => ({
      id,
      subject: nameParts(old.subject),
      validFrom: old.validFrom,
      validTo: old.validTo,
      serialNumber: old.serialNumber,
      // Removed certificates are never presented again: they share one key, as in a clock jump.
      transient: !listed.has(id),
    })),
  )

  const renamed = new Map<string, string>()
  const rename = (old: string | undefined, next: string | undefined) => {
    if (old && next) renamed.set(old, next)
  }
  for (const [old, next] of [
    [chain.root, ca.record.root],
    [chain.clientCa, ca.record.clientCa],
  ] as const) {
    rename(old.material.fingerprintSha256, next.material.fingerprintSha256)
    rename(old.material.fingerprintSha1, next.material.fingerprintSha1)
    rename(old.pem, next.pem)
  }
  for (const [id, old] of Object.entries(details)) {
    rename(old.fingerprintSha256, batch.details[id]?.fingerprintSha256)
    rename(old.fingerprintSha1, batch.details[id]?.fingerprintSha1)
  }
  for (const certificate of landscape.state.certificates) {
    rename(certificate.material?.pem, batch.material[certificate.id]?.pem)
  }

  const state = replaceStrings(landscape.state, renamed) as RotationState
  const system: SimulatedSystem = {
    scenarioId: landscape.scenarioId,
    state: {
      ...state,
      // The material as the new CA chain verified it, rather than a rename of the old one.
      certificates: state.certificates.map((certificate) =>
        certificate.material === null
          ? certificate
          : { ...certificate, material: batch.material[certificate.id] ?? certificate.material },
      ),
    },
    changeLog: replaceStrings(landscape.changeLog, renamed) as SimulatedSystem['changeLog'],
    pki: {
      chain: ca.record,
      signingKey: ca.signingKey,
      details: batch.details,
      privateKeys: batch.privateKeys,
    },
  }
  return { system, reissued: Object.keys(details).length }
}

function nameParts({ text: _text, ...parts }: DistinguishedName | (NameParts & { text: string })) {
  return parts as NameParts
}

// A fingerprint inside a sentence (a change record's message): colon hex of SHA-1 or SHA-256.
const fingerprintPattern = /[0-9A-F]{2}(?::[0-9A-F]{2}){19,31}/g

/** A copy of `value` with every string that `renamed` knows (whole, or a fingerprint inside it) replaced. */
function replaceStrings(value: unknown, renamed: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') {
    const whole = renamed.get(value)
    if (whole !== undefined) return whole
    return value.includes(':')
      ? value.replace(fingerprintPattern, (found) => renamed.get(found) ?? found)
      : value
  }
  if (Array.isArray(value)) return value.map((item) => replaceStrings(item, renamed))
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, replaceStrings(item, renamed)]),
    )
  }
  return value
}
