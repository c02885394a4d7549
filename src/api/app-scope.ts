// One browser profile shares IndexedDB, Web Locks and BroadcastChannels per origin, not per path.
// The build has a relative base precisely so that it can be served from any path, so two copies on
// one host (say /rotation-lab/ and /rotation-lab-next/) would overwrite each other's simulation
// unless every such name carries the path the app is served from.

/**
 * The path this copy of the app is served from, always ending in `/` (`/`, `/demos/lab/`): Vite's
 * base (relative in the build) resolved against the page. Node (unit tests) has no page: `/`.
 */
export function appBasePath(
  base: string = import.meta.env.BASE_URL,
  pageUrl: string | undefined = globalThis.location?.href,
): string {
  return new URL(base, pageUrl ?? 'http://localhost/').pathname
}

/**
 * A store, lock or channel name for the copy of the app at `basePath`. The copy at the root keeps
 * the bare name it always had (`rotation-lab`): renaming it would leave every existing user's saved
 * simulation behind in a database nobody opens any more. Any other path gets its own name.
 */
export function scopedName(name: string, basePath: string): string {
  return basePath === '/' ? name : `${name}@${basePath}`
}

/** `scopedName` for this page's copy of the app. */
export function appScopedName(name: string): string {
  return scopedName(name, appBasePath())
}
