import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { rotationNoticesQuery } from './rotation-notices'

/**
 * How many notifications arrived since the popover was last opened. Kept per page session: a
 * reload shows them again, which suits rehearsals that restart often.
 */
export function useUnseenCount() {
  const { data: notices = [] } = useQuery(rotationNoticesQuery())
  const [seen, setSeen] = useState<ReadonlySet<string>>(new Set())
  // A scenario reset numbers records afresh, so a notice is known by its date and id together.
  const keyOf = (notice: { id: number; date: string }) => `${notice.date}#${notice.id}`
  const unseen = notices.filter((notice) => !seen.has(keyOf(notice))).length
  const markAllSeen = () => setSeen(new Set(notices.map(keyOf)))
  return { unseen, markAllSeen }
}
