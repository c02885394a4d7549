import type { ChangeRecord } from '../../../api/contracts/common'
import { outboundUserPath, systemPath } from '../paths'

/**
 * Where a change record leads: the object it concerns, as a hash URL, or nothing (the clock).
 * Every link Display Changes builds is built here, so that it can move to the shared link module
 * (src/ui/links/app-links.ts) in one place. The target says "not found" for an object since deleted.
 */
export function changeRecordHref(record: ChangeRecord): string | undefined {
  switch (record.category) {
    case 'Communication System':
    case 'Users for Inbound Communication':
      return `#${systemPath(record.systemId ?? record.objectId)}`
    case 'Users for Outbound Communication':
      return record.systemId ? `#${outboundUserPath(record.systemId, record.objectId)}` : undefined
    case 'Client Certificate':
      return `#/ClientCertificate-maintain/${encodeURIComponent(record.objectId)}`
    case 'External System':
      return `#/ExternalSystem-maintain/${encodeURIComponent(record.objectId)}`
    case 'Clock':
    case 'Communication Arrangement':
      return undefined
  }
}
