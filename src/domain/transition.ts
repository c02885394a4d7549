import { advanceClock } from './advance-clock'
import { createArrangement, deleteArrangement, updateArrangement } from './arrangement-commands'
import { recordArrangementConnectionCheck } from './arrangement-connection'
import { addCustomerCertificate, deleteCustomerCertificate } from './certificate-commands'
import { updateCustomerCertificate } from './certificate-update'
import { recordExport } from './export-record'
import {
  createSigningRequest,
  replaceCustomerCertificate,
  uploadSignedCertificate,
} from './signing-request-commands'
import { refuse } from './change-log'
import type { Command, TransitionResult } from './commands'
import { recordConnectionCheck } from './connection-check'
import {
  createExternalSystem,
  removeTrustedCertificate,
  trustCertificate,
  updateExternalSystem,
} from './external-system-commands'
import { addOutboundUser, deleteOutboundUser, updateOutboundUser } from './outbound-user-commands'
import { createSystem, deleteSystem, updateSystem } from './system-commands'
import type { RotationState } from './types'

/**
 * The one way state changes: the next state plus the change records it produced, or a typed
 * error with the input state untouched. Pure and synchronous: same input, same output.
 */
export function transition(state: RotationState, command: Command): TransitionResult {
  switch (command?.type) {
    case 'advanceClock':
      return advanceClock(state, command.to, command.issued)
    case 'createSystem':
      return createSystem(state, command.system)
    case 'updateSystem':
      return updateSystem(state, command.systemId, command.changes, command.expectedVersion)
    case 'deleteSystem':
      return deleteSystem(state, command.systemId, command.expectedVersion)
    case 'addOutboundUser':
      return addOutboundUser(state, command.systemId, command.user, command.expectedVersion)
    case 'updateOutboundUser':
      return updateOutboundUser(
        state,
        command.systemId,
        command.userId,
        command.changes,
        command.expectedVersion,
      )
    case 'deleteOutboundUser':
      return deleteOutboundUser(state, command.systemId, command.userId, command.expectedVersion)
    case 'addCustomerCertificate':
      return addCustomerCertificate(state, command)
    case 'deleteCustomerCertificate':
      return deleteCustomerCertificate(state, command.certificateId)
    case 'createSigningRequest':
      return createSigningRequest(state, command.description, command.request)
    case 'replaceCustomerCertificate':
      return replaceCustomerCertificate(state, command.certificateId, command.request)
    case 'uploadSignedCertificate':
      return uploadSignedCertificate(state, command.certificateId, command)
    case 'updateCustomerCertificate':
      return updateCustomerCertificate(
        state,
        command.certificateId,
        command.changes,
        command.expectedVersion,
      )
    case 'recordExport':
      return recordExport(state, command.certificateId, command.format)
    case 'createExternalSystem':
      return createExternalSystem(state, command)
    case 'updateExternalSystem':
      return updateExternalSystem(state, command.host, command.changes)
    case 'trustCertificate':
      return trustCertificate(state, command.host, command.certificate)
    case 'removeTrustedCertificate':
      return removeTrustedCertificate(state, command.host, command.fingerprintSha256)
    case 'recordConnectionCheck':
      return recordConnectionCheck(state, command.systemId, command.userId)
    case 'createArrangement':
      return createArrangement(state, command.arrangement)
    case 'updateArrangement':
      return updateArrangement(state, command.name, command.changes, command.expectedVersion)
    case 'deleteArrangement':
      return deleteArrangement(state, command.name, command.expectedVersion)
    case 'recordArrangementConnectionCheck':
      return recordArrangementConnectionCheck(state, command.name, command.serviceId)
    default: {
      // Commands come over HTTP: an unknown type is a client error, not a crash.
      const type = (command as { type?: unknown } | undefined)?.type
      return refuse(state, {
        code: 'InvalidCommand',
        message: `Unknown command "${String(type)}".`,
        field: 'type',
      })
    }
  }
}
