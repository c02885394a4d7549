import { appScopedName } from './app-scope'

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

/** Calls `onChange` whenever another tab's backend saved a change; returns the unsubscribe function. */
export function subscribeToBackendChanges(
  onChange: (change: ChangeAnnouncement) => void,
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined
  const channel = new BroadcastChannel(changeChannelName)
  channel.onmessage = (event: MessageEvent<ChangeAnnouncement>) => {
    if (event.data?.origin !== thisTab) onChange(event.data)
  }
  return () => channel.close()
}
