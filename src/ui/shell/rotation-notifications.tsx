import { useQuery } from '@tanstack/react-query'
import { NotificationList, NotificationListItem, Popover, Text } from '@ui5/webcomponents-react'
import { useNavigate } from 'react-router'
import { formatDate } from '../format'
import { useUiTexts } from '../i18n/ui-texts'
import { eventTypeKeys } from './clock-text'
import { noticeTexts, rotationNoticesQuery } from './rotation-notices'

/** Issuances and rotations, newest first, in the ShellBar's notification popover; each leads to what it concerns. */
export function RotationNotifications({
  opener,
  onClose,
}: {
  opener: HTMLElement | null
  onClose: () => void
}) {
  // Mounted when first opened (shell-layout.tsx): a failed load is shown as it is, not retried by the opening.
  const { data: notices = [], isError } = useQuery({
    ...rotationNoticesQuery(),
    retryOnMount: false,
  })
  const navigate = useNavigate()
  const t = useUiTexts()
  return (
    <Popover
      open={opener !== null}
      opener={opener ?? undefined}
      headerText={t('notifications.title')}
      placement="Bottom"
      horizontalAlign="End"
      className="shell__notifications"
      onClose={onClose}
    >
      {isError && <Text>{t('notifications.loadFailed')}</Text>}
      <NotificationList
        noDataText={t('notifications.empty')}
        onItemClick={(event) => {
          const href = event.detail.item.getAttribute('data-href')
          if (!href) return
          onClose()
          navigate(href.replace(/^#/, ''))
        }}
      >
        {notices.map((notice) => {
          const { title, text } = noticeTexts(notice, t)
          return (
            <NotificationListItem
              key={notice.id}
              data-href={notice.href}
              titleText={title}
              state={notice.kind === 'Rotation' ? 'Critical' : 'Information'}
              wrappingType="Normal"
              footnotes={
                <>
                  <Text>{t(eventTypeKeys[notice.kind])}</Text>
                  <Text>{formatDate(notice.date)}</Text>
                </>
              }
            >
              {text}
            </NotificationListItem>
          )
        })}
      </NotificationList>
    </Popover>
  )
}
