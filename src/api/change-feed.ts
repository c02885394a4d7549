import { appScopedName } from './app-scope'
import { servedByLabServer } from './backend-host'
import { changeEventName, changeStreamPath } from './contracts/backend-host'

/** The BroadcastChannel on which the simulated backend announces every saved change (one per copy of the app). */
export const changeChannelName = appScopedName('rotation-lab-changes')

/** Identifies this tab, so that a tab does not refresh on its own announcements (its mutations already do). */
export const thisTab =
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : String(Math.random())

export interface ChangeAnnouncement {
  revision: number
  origin: string
}

/**
 * Calls `onChange` whenever another tab's backend saved a change — or, when the lab server serves the
 * page, whenever anyone saved a change to this landscape (its Server-Sent Events, which also reach
 * the tab that made the change: one needless refresh). Returns the unsubscribe function.
 */
export function subscribeToBackendChanges(
  onChange: (change: ChangeAnnouncement) => void,
): () => void {
  if (servedByLabServer()) return subscribeToServerChanges(onChange)
  if (typeof BroadcastChannel === 'undefined') return () => undefined
  const channel = new BroadcastChannel(changeChannelName)
  channel.onmessage = (event: MessageEvent<ChangeAnnouncement>) => {
    if (event.data?.origin !== thisTab) onChange(event.data)
  }
  return () => channel.close()
}

function subscribeToServerChanges(onChange: (change: ChangeAnnouncement) => void): () => void {
  // EventSource reconnects by itself after a dropped connection or a server restart.
  const stream = new EventSource(`api/${changeStreamPath}`)
  stream.addEventListener(changeEventName, (event: MessageEvent<string>) => {
    const { revision } = JSON.parse(event.data) as { revision: number }
    onChange({ revision, origin: 'lab-server' })
  })
  return () => stream.close()
}
