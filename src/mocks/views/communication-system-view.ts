import type {
  CommunicationSystem as SystemView,
  CommunicationSystemSummary,
  OutboundUser as OutboundUserView,
} from '../../api/contracts/communication-systems'
import { indexLandscape, type LandscapeIndex } from '../../domain/landscape-index'
import { assessUser, type Readiness } from '../../domain/readiness'
import type { CommunicationSystem, OutboundUser, RotationState } from '../../domain/types'
import { roleOf } from './certificate-view'
import { outcomeView, predictedView } from './connection-view'

// Worst first: a row shows the status that needs the administrator most.
const severity: readonly Readiness[] = [
  'Broken',
  'Upload pending',
  'Switch pending',
  'OK',
  'Not affected',
  'Done',
]

/** One communication system with each outbound user's certificate, readiness and outcomes. */
export function systemView(state: RotationState, system: CommunicationSystem): SystemView {
  const index = indexLandscape(state)
  return {
    systemId: system.systemId,
    systemName: system.systemName,
    hostName: system.hostName,
    port: system.port,
    uiHost: system.uiHost,
    logicalSystem: system.logicalSystem,
    businessSystem: system.businessSystem,
    cloudConnector: system.cloudConnector,
    sccLocationId: system.sccLocationId,
    contactName: system.contactName,
    email: system.email,
    phone: system.phone,
    inboundOnly: system.inboundOnly,
    inboundUsers: system.inboundUsers.map((user) => ({ ...user })),
    outboundUsers: system.outboundUsers.map((user) => outboundUserView(index, system, user)),
    version: system.version,
  }
}

export function outboundUserView(
  index: LandscapeIndex,
  system: CommunicationSystem,
  user: OutboundUser,
): OutboundUserView {
  const base = {
    id: user.id,
    userName: user.userName,
    authenticationMethod: user.authenticationMethod,
    ...(user.clientAuthentication ? { clientAuthentication: user.clientAuthentication } : {}),
    // Write-only: whether a password is set, never the password or its hash.
    ...(user.authenticationMethod === 'User Name and Password'
      ? { passwordSet: user.passwordHash !== undefined }
      : {}),
  }
  // Certificate-based users (SSL Client Certificate, OAuth 2.0 with mTLS) are those with a certificate.
  const certificateId = user.clientCertificateId
  if (certificateId === undefined) return base
  const assessment = assessUser(index, system.hostName, certificateId)
  return {
    ...base,
    clientCertificateId: certificateId,
    clientCertificateDescription: index.certificatesById.get(certificateId)?.description ?? '',
    readiness: assessment.readiness,
    connection: outcomeView(index, system.hostName, assessment.outcomeToday),
    afterRotation: predictedView(index, system.hostName, assessment.predicted),
  }
}

/** A row of the list: certificates used, worst readiness, number of outbound users. */
export function systemSummary(
  index: LandscapeIndex,
  system: CommunicationSystem,
): CommunicationSystemSummary {
  const certificates = new Map<string, CommunicationSystemSummary['certificates'][number]>()
  let worst: Readiness | undefined
  for (const user of system.outboundUsers) {
    const id = user.clientCertificateId
    if (id === undefined) continue
    const certificate = index.certificatesById.get(id)
    certificates.set(id, {
      id,
      description: certificate?.description ?? '',
      role: roleOf(certificate),
    })
    const { readiness } = assessUser(index, system.hostName, id)
    if (worst === undefined || severity.indexOf(readiness) < severity.indexOf(worst))
      worst = readiness
  }
  return {
    systemId: system.systemId,
    systemName: system.systemName,
    hostName: system.hostName,
    certificates: [...certificates.values()],
    ...(worst ? { readiness: worst } : {}),
    outboundUserCount: system.outboundUsers.length,
  }
}
