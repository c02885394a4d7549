let localQueue: Promise<unknown> = Promise.resolve()

/**
 * Runs `work` while no other request — in this tab or another tab of the same browser — is
 * changing the simulated system. Web Locks span tabs; Node (unit tests) has none, so a promise
 * queue serialises work within the process there.
 */
export function withExclusiveLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  if (locks) return locks.request(name, work)
  const run = localQueue.then(work, work)
  localQueue = run.catch(() => undefined)
  return run
}
