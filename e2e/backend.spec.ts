import { expect, test } from './fixtures'
import { backendStarted } from './support/backend-ready'

test('the API is answered by the service worker, in the production build', async ({ page }) => {
  await page.goto('./')
  await backendStarted(page)
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/clock')),
    page.evaluate(() => fetch('api/clock')),
  ])
  expect(response.fromServiceWorker()).toBe(true)
  expect(await response.json()).toMatchObject({ today: '2027-01-25', phase: 'Stable' })
})

test('only the API goes through the service worker: the app’s own files load without it', async ({
  page,
}) => {
  const answeredByWorker: string[] = []
  page.on('response', (response) => {
    if (response.fromServiceWorker()) answeredByWorker.push(new URL(response.url()).pathname)
  })
  await page.goto('./')
  await backendStarted(page)
  // Loaded again, the page is controlled by the worker from its first request on; an app opened then
  // loads its scripts, styles and fonts after the page has started mocking — where MSW's worker
  // used to pass each one through this page (docs/performance.md, "Session 9: where a warm load goes").
  await page.reload()
  await backendStarted(page)
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  await page.getByRole('link', { name: /Communication Systems/ }).click()
  await expect(page.getByRole('row').filter({ hasText: 'S4H-FIN-PRD' })).toBeVisible()

  expect(answeredByWorker.filter((path) => !path.includes('/api/'))).toEqual([])
  expect(answeredByWorker).toContain('/api/communication-systems')
})
