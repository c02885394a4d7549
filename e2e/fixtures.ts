import { test as base, expect } from '@playwright/test'

/**
 * The fixtures every spec uses. `offlineGuard` is automatic: any request that leaves the local
 * server fails the test, because Rotation Lab must work offline and behind firewalls.
 */
export const test = base.extend<{ offlineGuard: void }>({
  offlineGuard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost/').origin
      const escaped: string[] = []
      await page.context().route(
        (url) =>
          url.origin !== origin &&
          !url.protocol.startsWith('data') &&
          !url.protocol.startsWith('blob'),
        async (route) => {
          escaped.push(route.request().url())
          await route.abort('blockedbyclient')
        },
      )
      await use()
      expect(escaped, 'requests that left the local server').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
