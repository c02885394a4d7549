import type { ChangeRecord } from '../../api/contracts/common'
import type { EventsPage } from '../../api/contracts/events'
import { eventsQuery } from '../../api/events'
import { formatDate } from '../format'

/** One ShellBar notification: an issuance or a rotation, and where to look at it. */
export interface RotationNotice {
  id: number
  date: string
  kind: 'Issuance' | 'Rotation'
  title: string
  text: string
  href: string
}

const CLIENT_DEFAULT = 'Client Default'
const CLIENT_DEFAULT_EXPIRING = 'Client Default Expiring'

/** SAP's certificate records, newest first, turned into notifications. */
export const rotationNoticesQuery = () => ({
  ...eventsQuery({ actor: 'SAP', category: 'Client Certificate', limit: 200 }),
  select: (page: EventsPage) => toNotices(page.items),
})

/**
 * Picks the records that *are* an issuance or a rotation (not the relabelling that goes with an
 * issuance): an issuance names the new Client Default, a rotation removes Client Default Expiring.
 */
export function toNotices(records: readonly ChangeRecord[]): RotationNotice[] {
  const notices: RotationNotice[] = []
  for (const record of records) {
    if (
      record.field === undefined &&
      record.newValue === CLIENT_DEFAULT &&
      record.oldValue === undefined
    ) {
      notices.push({
        id: record.id,
        date: record.date,
        kind: 'Issuance',
        title: `New ${CLIENT_DEFAULT} issued on ${formatDate(record.date)}`,
        text: `${record.message} Export it and upload it to your external systems, then switch your users.`,
        href: `#/ClientCertificate-maintain/${encodeURIComponent(record.objectId)}`,
      })
    } else if (
      record.field === undefined &&
      record.oldValue === CLIENT_DEFAULT_EXPIRING &&
      record.newValue === undefined
    ) {
      notices.push({
        id: record.id,
        date: record.date,
        kind: 'Rotation',
        title: `Rotation on ${formatDate(record.date)}`,
        text: `${record.message} Remaining users were migrated to ${CLIENT_DEFAULT}.`,
        href: '#/RotationCockpit-display',
      })
    }
  }
  return notices.sort((a, b) => b.id - a.id)
}
