import type {
  CommunicationSystem,
  OutboundUser,
  UpdateOutboundUserRequest,
} from '../../../api/contracts/communication-systems'
import { changesOf, requestOfValues, valuesOfUser, type UserValues } from './user-request'

/**
 * The edit in the user dialog. It holds the user and the system version the dialog showed when it
 * opened (or was last reloaded), never the live query: another tab's save or a window focus refetches
 * that query, and a Save or Delete named with the refetched version would write over a change the
 * administrator never saw. With the opened version the backend answers 412 instead.
 */
export interface UserEdit {
  /** The user as the dialog opened it; undefined for "New Outbound User". */
  readonly opened: OutboundUser | undefined
  /** The system version the dialog opened: Save and Delete send it as If-Match. */
  readonly version: number
  /** What the fields hold. */
  readonly values: UserValues
}

export function openEdit(system: CommunicationSystem, user: OutboundUser | undefined): UserEdit {
  return { opened: user, version: system.version, values: valuesOfUser(user) }
}

/** The PATCH body of an edit (only what the administrator changed); undefined for a new user. */
export function changesOfEdit(edit: UserEdit): UpdateOutboundUserRequest | undefined {
  return edit.opened && changesOf(edit.opened, requestOfValues(edit.values))
}

/** A new user always has something to save; an existing one only if a field was changed. */
export function isDirty(edit: UserEdit): boolean {
  const changes = changesOfEdit(edit)
  return !changes || Object.keys(changes).length > 0
}

/**
 * After Reload: the edit starts from the current version, and what the administrator entered stays.
 * A field changed in the dialog keeps its entry; every other field shows the current value, so a
 * later Save sends only the entries and never writes back what the dialog first showed. A user
 * deleted meanwhile has nothing to start from: the edit stays as it is (the route says it is gone).
 */
export function rebaseEdit(edit: UserEdit, current: CommunicationSystem): UserEdit {
  if (!edit.opened) return { ...edit, version: current.version }
  const now = current.outboundUsers.find((user) => user.id === edit.opened?.id)
  if (!now) return edit
  const openedValues = valuesOfUser(edit.opened)
  const currentValues = valuesOfUser(now)
  const entered = edit.values
  const keep = <K extends keyof UserValues>(field: K): UserValues[K] =>
    entered[field] !== openedValues[field] ? entered[field] : currentValues[field]
  return {
    opened: now,
    version: current.version,
    values: {
      authenticationMethod: keep('authenticationMethod'),
      userName: keep('userName'),
      clientAuthentication: keep('clientAuthentication'),
      clientCertificateId: keep('clientCertificateId'),
      password: entered.password,
    },
  }
}
