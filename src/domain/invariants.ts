import { phaseOn } from './calendar'
import { isIssued, isListed } from './certificates'
import { arrangementViolations } from './arrangement-invariants'
import { hostKey } from './host-name'
import { usesClientCertificate } from './validation'
import {
  CLIENT_DEFAULT,
  CLIENT_DEFAULT_CATEGORY,
  CLIENT_DEFAULT_EXPIRING,
  type RotationState,
} from './types'

/**
 * The rules that hold on every date (rotation-rules.md, last section), as plain-English
 * violations; empty when the state is sound. Tests run it after every step; the backend may
 * run it on a state it loads from storage.
 */
export function checkInvariants(state: RotationState): string[] {
  const violations: string[] = []
  const listedDefaults = state.certificates.filter((c) => c.kind === 'Default' && isListed(c))
  const current = listedDefaults.filter((c) => c.description === CLIENT_DEFAULT)
  const expiring = listedDefaults.filter((c) => c.description === CLIENT_DEFAULT_EXPIRING)
  if (current.length !== 1)
    violations.push(`expected exactly one ${CLIENT_DEFAULT}, found ${current.length}`)
  const expectedExpiring = phaseOn(state.today) === 'Overlap' ? 1 : 0
  if (expiring.length !== expectedExpiring) {
    violations.push(
      `expected ${expectedExpiring} ${CLIENT_DEFAULT_EXPIRING} in phase ${phaseOn(state.today)}, found ${expiring.length}`,
    )
  }
  if (listedDefaults.length !== current.length + expiring.length)
    violations.push('a listed default certificate has another label')

  for (const certificate of state.certificates) {
    if ((certificate.kind === 'Default') !== (certificate.managedBy === 'SAP')) {
      violations.push(
        `certificate ${certificate.id}: kind ${certificate.kind} but managed by ${certificate.managedBy}`,
      )
    }
    if (isListed(certificate) && !isIssued(certificate) && !certificate.pendingRequest) {
      violations.push(
        `listed certificate ${certificate.id} has neither material nor a signing request`,
      )
    }
    if (certificate.kind === 'Default' && certificate.category !== CLIENT_DEFAULT_CATEGORY)
      violations.push(`default certificate ${certificate.id} has category ${certificate.category}`)
    if (certificate.kind === 'Default' && certificate.pendingRequest)
      violations.push(`default certificate ${certificate.id} has a signing request`)
  }
  if (new Set(state.certificates.map((c) => c.id)).size !== state.certificates.length)
    violations.push('duplicate certificate ids')

  // Users present certificates with material, in SAP's category (Certificate Category is locked while used).
  const listedIds = new Set(
    state.certificates
      .filter((c) => isIssued(c) && c.category === CLIENT_DEFAULT_CATEGORY)
      .map((c) => c.id),
  )
  const systemIds = new Set<string>()
  for (const system of state.systems) {
    if (systemIds.has(system.systemId)) violations.push(`duplicate system id ${system.systemId}`)
    systemIds.add(system.systemId)
    for (const user of system.outboundUsers) {
      const usesCertificate = usesClientCertificate(
        user.authenticationMethod,
        user.clientAuthentication,
      )
      if (
        usesCertificate &&
        (user.clientCertificateId === undefined || !listedIds.has(user.clientCertificateId))
      ) {
        violations.push(
          `user ${system.systemId}/${user.id} names no listed certificate (${String(user.clientCertificateId)})`,
        )
      }
      if (!usesCertificate && user.clientCertificateId !== undefined) {
        violations.push(
          `user ${system.systemId}/${user.id} has a certificate but is not certificate-based`,
        )
      }
      if (user.passwordHash !== undefined && user.authenticationMethod !== 'User Name and Password')
        violations.push(
          `user ${system.systemId}/${user.id} has a password but is not on User Name and Password`,
        )
      if ((user.authenticationMethod === 'OAuth 2.0') !== (user.clientAuthentication !== undefined))
        violations.push(
          `user ${system.systemId}/${user.id} has Client Authentication only with OAuth 2.0`,
        )
    }
  }
  violations.push(...arrangementViolations(state))
  for (const externalSystem of state.externalSystems) {
    if (externalSystem.host !== hostKey(externalSystem.host))
      violations.push(`external system ${externalSystem.host} is not stored in lower case`)
  }

  state.appliedEvents.forEach((event, i) => {
    const previous = state.appliedEvents[i - 1]
    if (previous && previous.date >= event.date)
      violations.push(`event ${event.type} ${event.date} applied out of order or twice`)
    if (event.date > state.today)
      violations.push(`event ${event.type} ${event.date} applied before its date`)
  })
  return violations
}
