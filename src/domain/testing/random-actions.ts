import { addDays } from '../calendar'
import type { Command } from '../commands'
import type { RotationState } from '../types'
import { fakeRequest } from './customer-certificates'
import { FAKE_ROOT, fakeMaterial, trustedCaEntry } from './landscape'

/** What a random step does; the property tests generate these. */
export type ActionKind =
  | 'advance'
  | 'switch'
  | 'upload'
  | 'untrust'
  | 'store'
  | 'addCertificate'
  | 'deleteCertificate'
  | 'requestCertificate'
  | 'uploadSigned'
  | 'categorize'
  | 'addUser'
  | 'deleteUser'
  | 'check'
  | 'createSystem'

/**
 * A random step as plain numbers. Indices are resolved against the state at each step
 * (modulo the list length), so most steps hit real objects and some hit removed ones.
 */
export interface RandomAction {
  readonly kind: ActionKind
  readonly days: number
  readonly system: number
  readonly user: number
  readonly certificate: number
  readonly host: number
  readonly flag: boolean
  readonly otherFlag: boolean
}

const pick = <T>(items: readonly T[], i: number): T | undefined =>
  items[i % Math.max(items.length, 1)]

/** The command a random step stands for, or the target date of a clock move. */
export function commandFor(state: RotationState, a: RandomAction): Command | { advanceTo: string } {
  const system = pick(state.systems, a.system)
  const systemId = system?.systemId ?? '?'
  const userId = (system && pick(system.outboundUsers, a.user)?.id) ?? '?'
  const certificate = pick(state.certificates, a.certificate)
  const certificateId = certificate?.id ?? '?'
  const externalSystem = pick(state.externalSystems, a.host)
  const host = externalSystem?.host ?? 'none'
  const ssl = {
    userName: 'R',
    authenticationMethod: 'SSL Client Certificate' as const,
    clientCertificateId: certificateId,
  }
  switch (a.kind) {
    case 'advance':
      return { advanceTo: addDays(state.today, a.days) }
    case 'switch':
      return {
        type: 'updateOutboundUser',
        systemId,
        userId,
        changes: {
          authenticationMethod: 'SSL Client Certificate',
          clientCertificateId: certificateId,
        },
      }
    case 'upload': {
      // Sometimes SAP's root, which counts only where the external system trusts issuers.
      if (a.otherFlag)
        return { type: 'trustCertificate', host, certificate: trustedCaEntry(FAKE_ROOT) }
      const { fingerprintSha256, subject, serialNumber } =
        certificate?.material ?? fakeMaterial('stranger')
      const trusted = {
        fingerprintSha256,
        subject,
        serialNumber,
        validFrom: '2020-01-01',
        validTo: '2040-01-01',
        isCa: false,
      }
      return { type: 'trustCertificate', host, certificate: trusted }
    }
    case 'untrust': {
      const entry = pick(externalSystem?.trustStore ?? [], a.user)
      return {
        type: 'removeTrustedCertificate',
        host,
        fingerprintSha256: entry?.fingerprintSha256 ?? 'none',
      }
    }
    case 'store':
      return {
        type: 'updateExternalSystem',
        host,
        changes: {
          capacity: a.flag ? 'single' : 'multiple',
          rejectionCode: a.otherFlag ? 403 : 401,
          trustMode: a.days % 2 === 0 ? 'TrustedIssuer' : 'PinnedCertificate',
        },
      }
    case 'addCertificate':
      return {
        type: 'addCustomerCertificate',
        description: `Partner ${a.certificate}`,
        validFrom: state.today,
        validTo: addDays(state.today, 400),
        material: fakeMaterial(`customer-${a.certificate}-${a.days}`),
      }
    case 'deleteCertificate':
      return { type: 'deleteCustomerCertificate', certificateId }
    case 'requestCertificate':
      // A new request (flag) or a Replace of whatever certificate the index picks.
      return a.flag
        ? {
            type: 'createSigningRequest',
            description: 'Requested',
            request: fakeRequest(`r${a.days}`),
          }
        : { type: 'replaceCustomerCertificate', certificateId, request: fakeRequest(`r${a.days}`) }
    case 'uploadSigned':
      // The right key when the picked certificate has a request (and flag), else a stranger's.
      return {
        type: 'uploadSignedCertificate',
        certificateId,
        publicKeySha256: a.flag ? (certificate?.pendingRequest?.publicKeySha256 ?? '?') : 'KEY-?',
        validFrom: state.today,
        validTo: addDays(state.today, a.days),
        material: fakeMaterial(`signed-${certificateId}-${state.today}-${a.days}`),
      }
    case 'categorize':
      return {
        type: 'updateCustomerCertificate',
        certificateId,
        changes: { category: a.otherFlag ? 'Not Assigned' : 'Client Default for ABAP on BTP' },
      }
    case 'addUser':
      return {
        type: 'addOutboundUser',
        systemId,
        user: a.flag
          ? ssl
          : a.otherFlag
            ? { ...ssl, authenticationMethod: 'OAuth 2.0', clientAuthentication: 'mTLS' }
            : { userName: 'R', authenticationMethod: 'OAuth 2.0' },
      }
    case 'deleteUser':
      return { type: 'deleteOutboundUser', systemId, userId }
    case 'check':
      return { type: 'recordConnectionCheck', systemId, userId }
    case 'createSystem':
      return {
        type: 'createSystem',
        system: { systemId: `NEW_${state.nextObjectId}`, hostName: host, outboundUsers: [ssl] },
      }
  }
}
