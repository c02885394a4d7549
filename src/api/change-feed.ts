/** The BroadcastChannel on which the simulated backend announces every saved change. */
export const changeChannelName = 'rotation-lab-changes'

/** Calls `onChange` whenever any tab's backend saved a change; returns the unsubscribe function. */
export function subscribeToBackendChanges(onChange: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined
  const channel = new BroadcastChannel(changeChannelName)
  channel.onmessage = () => onChange()
  return () => channel.close()
}
