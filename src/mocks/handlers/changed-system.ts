import type { SimulatedSystem } from '../backend/simulated-system'

/**
 * What a write hands the backend to save: the next system, or nothing when the engine changed
 * nothing (a PATCH that repeats the stored values, an upload of a certificate already trusted).
 * Nothing saved means no new revision, no change record and no tab notified, and the ETag stays.
 */
export function changedSystem(
  current: SimulatedSystem,
  next: SimulatedSystem,
): SimulatedSystem | undefined {
  return next.state === current.state ? undefined : next
}
