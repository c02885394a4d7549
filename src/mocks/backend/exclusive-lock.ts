// One queue per lock name, like Web Locks: the lab server runs many landscapes in one process, and
// one landscape's long clock move must not hold up another's requests.
const localQueues = new Map<string, Promise<unknown>>()

/**
 * Runs `work` while no other request — in this tab or another tab of the same browser — is
 * changing the simulated system. Web Locks span tabs; Node (unit tests, the lab server) has none,
 * so a promise queue per name serialises work within the process there.
 */
export function withExclusiveLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  if (locks) return locks.request(name, work)
  const run = (localQueues.get(name) ?? Promise.resolve()).then(work, work)
  const settled = run.catch(() => undefined)
  localQueues.set(name, settled)
  // The last one in line takes its name's queue away, so names of deleted landscapes do not pile up.
  void settled.then(() => {
    if (localQueues.get(name) === settled) localQueues.delete(name)
  })
  return run
}
