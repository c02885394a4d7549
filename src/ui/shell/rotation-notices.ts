import type { ChangeRecord } from '../../api/contracts/common'
import type { EventsPage } from '../../api/contracts/events'
import { eventsQuery } from '../../api/events'
import { formatDate } from '../format'
import type { Texts } from '../i18n/text-bundle'
import { clientCertificateHref, rotationCockpitHref } from '../links/app-links'
import { CLIENT_DEFAULT } from '../words/certificate-role-words'
import type { EventType } from './clock-text'

/** One ShellBar notification: an issuance or a rotation, and where to look at it. */
export interface RotationNotice {
  id: number
  date: string
  kind: EventType
  /** The API's message about the record (backend text, English). */
  message: string
  href: string
}

/** SAP's certificate records, newest first, turned into notifications. */
export const rotationNoticesQuery = () => ({
  ...eventsQuery({ actor: 'SAP', category: ['Client Certificate'], limit: 200 }),
  select: (page: EventsPage) => toNotices(page.items),
})

/**
 * Picks the records that *are* an issuance or a rotation (not the relabelling that goes with an
 * issuance), by what the record does, not by the certificate's description: SAP adds a certificate
 * only when it issues a new Client Default, and removes one only at a rotation (Client Default Expiring).
 */
export function toNotices(records: readonly ChangeRecord[]): RotationNotice[] {
  const notices: RotationNotice[] = []
  for (const record of records) {
    const { id, date, message } = record
    if (
      record.field === undefined &&
      record.oldValue === undefined &&
      record.newValue !== undefined
    ) {
      notices.push({
        id,
        date,
        message,
        kind: 'Issuance',
        href: clientCertificateHref(record.objectId),
      })
    } else if (
      record.field === undefined &&
      record.oldValue !== undefined &&
      record.newValue === undefined
    ) {
      notices.push({ id, date, message, kind: 'Rotation', href: rotationCockpitHref() })
    }
  }
  return notices.sort((a, b) => b.id - a.id)
}

/** The notification's title and text in the user's language; the API's message stays as it is. */
export function noticeTexts(notice: RotationNotice, t: Texts): { title: string; text: string } {
  const date = formatDate(notice.date)
  return notice.kind === 'Issuance'
    ? {
        title: t('notifications.issuance.title', CLIENT_DEFAULT, date),
        text: t('notifications.issuance.text', notice.message),
      }
    : {
        title: t('notifications.rotation.title', date),
        text: t('notifications.rotation.text', notice.message, CLIENT_DEFAULT),
      }
}
