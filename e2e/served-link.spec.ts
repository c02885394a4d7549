import type { Browser } from '@playwright/test'
import { expect, test } from './fixtures'
import { ShellBarPage } from './pages/shell-bar'
import { backendStarted } from './support/backend-ready'
import { labServerOrigin, labServerToken } from './support/lab-server'
import { contextOptionsOf } from './support/shared-context'

// A ?scenario=&date= link on a page the lab server served: the page hands it to its landscape
// (POST api/simulation/link) with the semantics of the browser-only mode (e2e/url-parameters.spec.ts).

async function landscape(browser: Browser, scenario: string) {
  const context = await browser.newContext(contextOptionsOf(test.info().project.use))
  const created = await context.request.post(`${labServerOrigin()}/admin/landscapes`, {
    headers: { Authorization: `Bearer ${labServerToken}` },
    data: { scenario, class: 'e2e-links' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { url } = (await created.json()) as { url: string }
  return { context, url, page: await context.newPage() }
}

test('a served page applies ?scenario&date to its landscape once, and asks before it replaces work', async ({
  browser,
}) => {
  test.setTimeout(90_000)
  const { context, url, page } = await landscape(browser, 'before-issuance')
  try {
    const shell = new ShellBarPage(page)
    await page.goto(
      `${url}?scenario=new-certificate-issued&date=2027-02-10#/CommunicationSystem-maintain`,
    )
    await backendStarted(page)
    await expect(shell.clock).toHaveText(/^Feb 10, 2027 · Overlap/, { timeout: 20_000 })
    await expect(page).toHaveURL(/\/l\/[\w-]+\/#\/CommunicationSystem-maintain$/)
    // It is the landscape that changed, not something in this browser.
    const scenarios = await context.request.get(`${url}api/simulation/scenarios`)
    expect(((await scenarios.json()) as { current: string }).current).toBe('new-certificate-issued')

    // The landscape now holds work: another link asks, and Keep mine keeps it.
    await context.request.post(`${url}api/clock/advance`, { data: { days: 2 } })
    await page.goto(`${url}?scenario=halfway#/`)
    const question = page.locator(
      'ui5-dialog[open][header-text="Replace your simulation with “Halfway through the overlap”?"]',
    )
    await expect(question).toBeVisible({ timeout: 20_000 })
    await question.getByRole('button', { name: 'Keep mine' }).click()
    await expect(question).toBeHidden()
    await expect(shell.clock).toHaveText(/^Feb 12, 2027/)
    expect(page.url()).not.toContain('scenario=')
  } finally {
    await context.close()
  }
})
