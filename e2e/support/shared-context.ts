import type { BrowserContext, BrowserContextOptions, PlaywrightTestOptions } from '@playwright/test'

/** The options of playwright.config.ts's `use` that shape a browser context. */
const contextOptionNames = [
  'baseURL',
  'viewport',
  'locale',
  'timezoneId',
  'serviceWorkers',
  'userAgent',
  'deviceScaleFactor',
  'isMobile',
  'hasTouch',
  'colorScheme',
  'acceptDownloads',
] as const satisfies readonly (keyof BrowserContextOptions & keyof PlaywrightTestOptions)[]

/** The context options a project's `use` gives, as Playwright's own context fixture would apply them. */
export function contextOptionsOf(use: Partial<PlaywrightTestOptions>): BrowserContextOptions {
  const given = contextOptionNames.filter((name) => use[name] !== undefined)
  return { ...use.contextOptions, ...Object.fromEntries(given.map((name) => [name, use[name]])) }
}

/**
 * Everything the app can store, except the registered service worker (installing it again is what
 * a shared context saves). sessionStorage belongs to a tab and goes with the closed pages.
 */
const storageTypes = [
  'cookies',
  'indexeddb',
  'local_storage',
  'cache_storage',
  'file_systems',
  'storage_buckets',
  'websql',
].join(',')

/**
 * Makes a context shared by a worker's tests as good as new for the next test: pages closed (their
 * web locks and BroadcastChannels go with them), the origin's storage deleted, routes and granted
 * permissions removed. The HTTP cache and the service worker stay, as in a returning visitor's browser.
 */
export async function resetSharedContext(context: BrowserContext, origin: string): Promise<void> {
  await context.unrouteAll({ behavior: 'ignoreErrors' })
  await context.clearPermissions()
  const [kept, ...others] = context.pages()
  for (const page of others) await page.close()
  // One page stays for the wipe (a new one costs 0.2–0.4 s): away from the app first, so nothing of it
  // runs; then through the DevTools protocol, which needs no page of the origin (loading one would
  // start the app) and closes database connections instead of waiting for them.
  const page = kept ?? (await context.newPage())
  await page.goto('about:blank')
  const devtools = await context.newCDPSession(page)
  await devtools.send('Storage.clearDataForOrigin', { origin, storageTypes })
  await devtools.detach()
  await page.close()
}
