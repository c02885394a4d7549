import type { ChangeRecord } from '../../../api/contracts/common'
import {
  clientCertificateHref,
  communicationArrangementHref,
  communicationSystemHref,
  externalSystemHref,
  outboundUserHref,
} from '../../../ui/links/app-links'

/**
 * Where a change record leads: the object it concerns, as a hash URL, or nothing (the clock).
 * The target says "not found" for an object since deleted.
 */
export function changeRecordHref(record: ChangeRecord): string | undefined {
  switch (record.category) {
    case 'Communication System':
    case 'Users for Inbound Communication':
      return communicationSystemHref(record.systemId ?? record.objectId)
    case 'Users for Outbound Communication':
      return record.systemId ? outboundUserHref(record.systemId, record.objectId) : undefined
    case 'Client Certificate':
      return clientCertificateHref(record.objectId)
    case 'External System':
      return externalSystemHref(record.objectId)
    case 'Communication Arrangement':
      return communicationArrangementHref(record.objectId)
    case 'Clock':
      return undefined
  }
}
