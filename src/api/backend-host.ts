import { backendHostMeta, instructorPageMeta } from './contracts/backend-host'

/** True when the lab server served this page and answers its API (src/api/contracts/backend-host.ts). */
export function servedByLabServer(): boolean {
  if (typeof document === 'undefined') return false
  const meta = document.querySelector(`meta[name="${backendHostMeta.name}"]`)
  return meta?.getAttribute('content') === backendHostMeta.server
}

/** True on the lab server's instructor page (`/instructor/`): it shows the landscapes, not a launchpad. */
export function isInstructorPage(): boolean {
  if (typeof document === 'undefined') return false
  const meta = document.querySelector(`meta[name="${instructorPageMeta.name}"]`)
  return meta?.getAttribute('content') === instructorPageMeta.instructor
}
