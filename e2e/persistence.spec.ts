import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { backendStarted } from './support/backend-ready'
import { openInScenario } from './support/simulation'

/** Calls the simulated API from inside the page, the way the app does (answered by the service worker). */
async function apiFrom(page: Page, path: string, body?: unknown) {
  await backendStarted(page)
  return page.evaluate(
    async ({ path, body }) => {
      const response = await fetch(`api/${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: response.status, body: await response.json() }
    },
    { path, body },
  )
}

async function openApp(page: Page) {
  await page.goto('./')
  await expect(page.getByRole('main', { name: 'Launchpad' })).toBeVisible()
  await backendStarted(page)
}

const today = async (page: Page) => (await apiFrom(page, 'clock')).body.today

test('a reload keeps the simulated system', async ({ page }) => {
  await openApp(page)
  expect((await apiFrom(page, 'simulation/reset', { scenario: 'before-issuance' })).status).toBe(
    200,
  )
  const advanced = await apiFrom(page, 'clock/advance', { to: '2027-02-01' })
  expect(advanced.body.clock.today).toBe('2027-02-01')
  await page.reload()
  await expect(page.getByRole('main', { name: 'Launchpad' })).toBeVisible()
  expect(await today(page)).toBe('2027-02-01')
  const certificates = await apiFrom(page, 'client-certificates')
  expect(certificates.body.items.map((c: { description: string }) => c.description).sort()).toEqual(
    ['Client Default', 'Client Default Expiring', 'EDI Gateway Client Certificate'],
  )
})

test('two pages: a change in one reaches the other without a reload', async ({ page, context }) => {
  await openInScenario(page, 'before-issuance')
  const other = await context.newPage()
  await openApp(other)
  expect(await today(other)).toBe('2027-01-25')
  // The other page is told over the BroadcastChannel; its next read loads the newer revision.
  const announced = other.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const channel = new BroadcastChannel('rotation-lab-changes')
        channel.onmessage = (event: MessageEvent<{ revision: number }>) =>
          resolve(event.data.revision)
      }),
  )
  await apiFrom(page, 'clock/advance', { days: 3 })
  expect(await announced).toBeGreaterThan(0)
  // How fast is a matter for benchmarks, not for a test on a shared machine: here, that it arrives.
  await expect.poll(() => today(other), { intervals: [50] }).toBe('2027-01-28')
})

test('a clock advance started in two pages at once applies each event once', async ({
  page,
  context,
}) => {
  await openInScenario(page, 'before-issuance')
  const other = await context.newPage()
  await openApp(other)
  const [first, second] = await Promise.all([
    apiFrom(page, 'clock/advance', { to: '2027-03-01' }),
    apiFrom(other, 'clock/advance', { to: '2027-03-01' }),
  ])
  expect([first.status, second.status]).toEqual([200, 200])
  // One advance did the work; the other found the clock already there and changed nothing.
  const issued = [first, second].map((r) => r.body.summary.certificatesIssued).sort()
  expect(issued).toEqual([0, 1])
  const sap = await apiFrom(page, 'events?actor=SAP&limit=1000')
  const issuances = sap.body.items.filter(
    (record: { newValue?: string; date: string }) =>
      record.newValue === 'Client Default' && record.date === '2027-02-01',
  )
  expect(issuances).toHaveLength(1)
})
