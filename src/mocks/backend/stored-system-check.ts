import { z } from '../../api/contracts/zod'
import { inconsistency } from './landscape-file'
import { landscapeContent, type LandscapeContent } from './landscape-file-schema'
import type { SimulatedSystem } from './simulated-system'

/**
 * The export's schema, but with the lists that grow with the landscape — its communication and
 * external systems and the change log — checked record by record by hand (below): the full schema
 * over 5,000 systems costs a quarter of a second on every start, these checks a few milliseconds.
 */
const storedContent = landscapeContent.extend({
  state: landscapeContent.shape.state.extend({
    systems: z.array(z.unknown()),
    externalSystems: z.array(z.unknown()),
  }),
  changeLog: z.array(z.unknown()),
})

/**
 * Where a stored system is damaged, in words, or undefined when it can be used. A record damaged
 * *inside* the saved state (a `null` system, a user without an id) must be found when the store is
 * opened, not by the first list that trips over it: everything but the long lists is checked against
 * the export's schema, every record of those lists for the fields the backend relies on, the state
 * against the engine's invariants, and the keys must be keys.
 */
export function damageInStoredSystem(system: SimulatedSystem): string | undefined {
  const { pki, ...rest } = system
  const parsed = storedContent.safeParse({
    ...rest,
    pki: { chain: pki.chain, details: pki.details },
  })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    return `${issue.path.join('.') || '(system)'}: ${issue.message}`
  }
  const badSystem = system.state.systems.findIndex((entry) => !isUsableSystem(entry))
  if (badSystem >= 0) return `state.systems.${badSystem}: not a usable communication system`
  const badExternal = system.state.externalSystems.findIndex((entry) => !isUsableExternal(entry))
  if (badExternal >= 0) return `state.externalSystems.${badExternal}: not a usable external system`
  const badEntry = system.changeLog.findIndex((entry) => !isUsableLogEntry(entry))
  if (badEntry >= 0) return `changeLog.${badEntry}: not a usable change record`
  // The lists' records are checked above for what the invariants read.
  const broken = inconsistency(parsed.data as LandscapeContent)
  if (broken) return `${broken.field}: ${broken.message}`
  if (!isCryptoKey(pki.signingKey)) return 'pki.signingKey: not a key'
  const notAKey = Object.entries(pki.privateKeys ?? {}).find(([, key]) => !isCryptoKey(key))
  if (notAKey) return `pki.privateKeys.${notAKey[0]}: not a key`
  return undefined
}

export function isCryptoKey(value: unknown): boolean {
  return typeof CryptoKey !== 'undefined' && value instanceof CryptoKey
}

type Fields = Record<string, unknown>
const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null
const isText = (value: unknown) => typeof value === 'string'
const isOptionalText = (value: unknown) => value === undefined || typeof value === 'string'

function isUsableSystem(value: unknown): boolean {
  if (!isRecord(value)) return false
  const { systemId, systemName, hostName, port, version, inboundUsers, outboundUsers } = value
  return (
    isText(systemId) &&
    isText(systemName) &&
    isText(hostName) &&
    Number.isInteger(port) &&
    Number.isInteger(version) &&
    Array.isArray(inboundUsers) &&
    inboundUsers.every((user) => isRecord(user) && isText(user.userName)) &&
    Array.isArray(outboundUsers) &&
    outboundUsers.every(isUsableOutboundUser)
  )
}

function isUsableOutboundUser(user: unknown): boolean {
  return (
    isRecord(user) &&
    isText(user.id) &&
    isText(user.userName) &&
    isText(user.authenticationMethod) &&
    isOptionalText(user.clientCertificateId)
  )
}

function isUsableExternal(value: unknown): boolean {
  if (!isRecord(value)) return false
  const { host, trustMode, trustStore, connectionLog } = value
  return (
    isText(host) &&
    isText(trustMode) &&
    Array.isArray(trustStore) &&
    trustStore.every((entry) => isRecord(entry) && isText(entry.fingerprintSha256)) &&
    Array.isArray(connectionLog) &&
    connectionLog.every((attempt) => isRecord(attempt) && isText(attempt.date))
  )
}

function isUsableLogEntry(entry: unknown): boolean {
  if (!isRecord(entry) || !isText(entry.date)) return false
  if (entry.kind === 'migration')
    return Array.isArray(entry.userIds) && Array.isArray(entry.systemIds)
  return Number.isInteger(entry.id) && isText(entry.objectId) && isText(entry.message)
}
