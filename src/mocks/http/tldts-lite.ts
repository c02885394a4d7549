/**
 * Stands in for `tldts` in the browser build (vite.config.ts aliases it). MSW's cookie store
 * (tough-cookie) imports tldts only to find a cookie domain's registrable part; tldts carries the
 * whole Public Suffix List: about 115 kB gzip of startup JavaScript (measured with `npm run bench:web`).
 * Rotation Lab's simulated backend sets and reads no cookies, so "the last two labels" is enough:
 * it is exact for the .com/.org/.net hosts of the scenarios, and a single label
 * (localhost) has none, as with tldts.
 */
export function getDomain(hostname: string): string | null {
  const labels = hostname.split('.').filter((label) => label !== '')
  return labels.length < 2 ? null : labels.slice(-2).join('.')
}
