import { useQuery } from '@tanstack/react-query'
import { NotificationList, NotificationListItem, Popover, Text } from '@ui5/webcomponents-react'
import { useNavigate } from 'react-router'
import { formatDate } from '../format'
import { rotationNoticesQuery } from './rotation-notices'

/** Issuances and rotations, newest first, in the ShellBar's notification popover; each leads to what it concerns. */
export function RotationNotifications({
  opener,
  onClose,
}: {
  opener: HTMLElement | null
  onClose: () => void
}) {
  const { data: notices = [], isError } = useQuery(rotationNoticesQuery())
  const navigate = useNavigate()
  return (
    <Popover
      open={opener !== null}
      opener={opener ?? undefined}
      headerText="Notifications"
      placement="Bottom"
      horizontalAlign="End"
      className="shell__notifications"
      onClose={onClose}
    >
      {isError && <Text>The notifications could not be loaded.</Text>}
      <NotificationList
        noDataText="No issuance or rotation yet. Use Time travel to reach the next one."
        onItemClick={(event) => {
          const href = event.detail.item.getAttribute('data-href')
          if (!href) return
          onClose()
          navigate(href.replace(/^#/, ''))
        }}
      >
        {notices.map((notice) => (
          <NotificationListItem
            key={notice.id}
            data-href={notice.href}
            titleText={notice.title}
            state={notice.kind === 'Rotation' ? 'Critical' : 'Information'}
            wrappingType="Normal"
            footnotes={
              <>
                <Text>{notice.kind}</Text>
                <Text>{formatDate(notice.date)}</Text>
              </>
            }
          >
            {notice.text}
          </NotificationListItem>
        ))}
      </NotificationList>
    </Popover>
  )
}
