import { test as base, expect, type BrowserContext, type Request } from '@playwright/test'
import { contextOptionsOf, resetSharedContext } from './support/shared-context'

interface TestFixtures {
  offlineGuard: void
}

interface WorkerFixtures {
  sharedContext: BrowserContext
}

/**
 * The fixtures every spec uses.
 *
 * One browser context per worker, shared by its tests: a fresh context costs every test a cold start
 * (service worker install, every script and font fetched and compiled again: ~2–3 s of a ~4 s start,
 * docs/performance.md). Between tests the context is made as good as new for what the app can see —
 * every page closed, its IndexedDB, localStorage, sessionStorage and cookies deleted, permissions and
 * routes removed — and keeps only what a returning visitor's browser keeps: the HTTP cache and the
 * registered service worker. A retry runs in a fresh context, so a failure that a shared context
 * caused cannot hide behind a retry, and the retry records its trace.
 *
 * `offlineGuard` is automatic: any request that would leave the machine fails the test, because
 * Rotation Lab must work offline and behind firewalls (e2e/offline.spec.ts has its control).
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  sharedContext: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext(contextOptionsOf(workerInfo.project.use))
      await use(context)
      await context.close()
    },
    { scope: 'worker' },
  ],
  context: async ({ sharedContext, browser, baseURL }, provide, testInfo) => {
    if (testInfo.retry > 0) {
      const context = await browser.newContext(contextOptionsOf(testInfo.project.use))
      await provide(context)
      await context.close()
      return
    }
    await provide(sharedContext)
    await resetSharedContext(sharedContext, new URL(baseURL ?? 'http://localhost/').origin)
  },
  page: async ({ context }, provide) => {
    await provide(await context.newPage())
  },
  offlineGuard: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost/').origin
      const escaped: string[] = []
      // Chromium resolves no host but the local server's (chromiumLaunchOptions), so a request that
      // would leave the machine fails: watching the failures is enough to name it. Watching every
      // request instead made Playwright send each one, its response and its end to the runner
      // (~300 messages a page load); a route made it intercept them all and switched the HTTP cache
      // off (docs/performance.md, sessions 6 and 11).
      const watch = (request: Request) => {
        const url = new URL(request.url())
        if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol))
          escaped.push(url.href)
      }
      context.on('requestfailed', watch)
      await use()
      context.off('requestfailed', watch)
      expect(escaped, 'requests that left the local server').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
