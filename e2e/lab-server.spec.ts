import type { APIRequestContext, Browser } from '@playwright/test'
import { expect, test } from './fixtures'
import { CommunicationSystemsPage } from './pages/communication-systems-page'
import { backendStarted } from './support/backend-ready'
import { labServerOrigin, labServerToken } from './support/lab-server'
import { contextOptionsOf } from './support/shared-context'

// Issue 14: the same SPA served by the lab server (`npm run serve`) talks to the server's landscape,
// not to a backend of its own, and a change by one participant reaches another's page through the
// server's Server-Sent Events.

/** The instructor's summary of the landscape at `url` (GET /admin/landscapes). */
async function summaryOf(request: APIRequestContext, url: string) {
  const listed = await request.get(`${labServerOrigin()}/admin/landscapes?class=e2e`, {
    headers: { Authorization: `Bearer ${labServerToken}` },
  })
  expect(listed.status()).toBe(200)
  const { items } = (await listed.json()) as { items: { url: string; readiness: unknown }[] }
  return items.find((item) => item.url === url)!
}

/** A participant: a browser context of their own (another person's browser) on the landscape. */
async function participant(browser: Browser, landscapeUrl: string) {
  const context = await browser.newContext({
    ...contextOptionsOf(test.info().project.use),
    baseURL: landscapeUrl,
  })
  const page = await context.newPage()
  return { context, page, app: new CommunicationSystemsPage(page) }
}

test('seed step 2 on a served landscape: one participant switches a user, the other sees it without reloading', async ({
  browser,
  request,
}) => {
  // Three browsers and a landscape built on the server: ~30 s on a quiet two-core machine.
  test.setTimeout(90_000)
  const created = await request.post(`${labServerOrigin()}/admin/landscapes`, {
    headers: { Authorization: `Bearer ${labServerToken}` },
    data: { scenario: 'new-certificate-issued', class: 'e2e' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { url } = (await created.json()) as { url: string }

  const alice = await participant(browser, url)
  const bob = await participant(browser, url)
  try {
    for (const { page } of [alice, bob]) {
      await page.goto('./#/CommunicationSystem-maintain/S4H-FIN-PRD')
      await backendStarted(page)
      // The server answers: no service worker of the page's own stands in between.
      expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull()
    }
    await bob.app.goToSection('Users for Outbound Communication')
    await expect(bob.app.rows('BTP_FIN_POSTING')).toContainText('Client Default Expiring')

    const before = await summaryOf(request, url)
    await alice.app.goToSection('Users for Outbound Communication')
    await alice.app.switchOutboundUser('BTP_FIN_POSTING', 'Client Default')

    // Bob's page is told by the server's event stream and loads the change by itself.
    await expect(bob.app.rows('BTP_FIN_POSTING')).not.toContainText('Client Default Expiring')
    await expect(bob.app.rows('BTP_FIN_POSTING')).toContainText('Client Default')

    // It was the server's landscape that changed: the instructor's summary moved, and a new browser
    // (no saved state of its own) sees the change too.
    expect((await summaryOf(request, url)).readiness).not.toEqual(before.readiness)
    const carol = await participant(browser, url)
    await carol.page.goto('./#/CommunicationSystem-maintain/S4H-FIN-PRD')
    await carol.app.goToSection('Users for Outbound Communication')
    await expect(carol.app.rows('BTP_FIN_POSTING')).not.toContainText('Client Default Expiring')
    await carol.context.close()
  } finally {
    await alice.context.close()
    await bob.context.close()
  }
})
