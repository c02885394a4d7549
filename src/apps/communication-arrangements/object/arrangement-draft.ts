import type {
  CommunicationArrangement,
  UpdateArrangementRequest,
} from '../../../api/contracts/communication-arrangements'

/** What edit mode changes: the system, its outbound user, and each outbound service's status. */
export interface ArrangementDraft {
  systemId: string
  /** Undefined after a change of system: the API then takes the system's first accepted user. */
  outboundUserId: string | undefined
  /** Service Status by service ID: true is Active. */
  active: Record<string, boolean>
}

/** The draft of an arrangement as it is saved. */
export function draftOf(arrangement: CommunicationArrangement): ArrangementDraft {
  return {
    systemId: arrangement.systemId,
    outboundUserId: arrangement.outboundUser?.id,
    active: Object.fromEntries(arrangement.services.map((s) => [s.id, s.active])),
  }
}

/** Another system: its users are other users, so the choice of user starts over. */
export function withSystem(draft: ArrangementDraft, systemId: string): ArrangementDraft {
  return systemId === draft.systemId ? draft : { ...draft, systemId, outboundUserId: undefined }
}

/**
 * The PATCH body for what the draft changes, nothing else: a field left as saved is not sent, so
 * a save never writes back a value it did not mean to change. Empty when nothing changed.
 */
export function changesOf(
  arrangement: CommunicationArrangement,
  draft: ArrangementDraft,
): UpdateArrangementRequest {
  const changes: UpdateArrangementRequest = {}
  if (draft.systemId !== arrangement.systemId) changes.systemId = draft.systemId
  if (draft.outboundUserId !== undefined && draft.outboundUserId !== arrangement.outboundUser?.id)
    changes.outboundUserId = draft.outboundUserId
  const services = arrangement.services
    .filter((service) => (draft.active[service.id] ?? service.active) !== service.active)
    .map((service) => ({ id: service.id, active: !service.active }))
  if (services.length > 0) changes.services = services
  return changes
}

export const hasChanges = (arrangement: CommunicationArrangement, draft: ArrangementDraft) =>
  Object.keys(changesOf(arrangement, draft)).length > 0
