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
