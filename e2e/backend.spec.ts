import { expect, test } from './fixtures'

test('the API is answered by the service worker, in the production build', async ({ page }) => {
  await page.goto('./')
  // The shell renders only after the worker started: from then on the API is the simulated backend.
  await expect(page.getByRole('main', { name: 'Launchpad' })).toBeVisible()
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/clock')),
    page.evaluate(() => fetch('api/clock')),
  ])
  expect(response.fromServiceWorker()).toBe(true)
  expect(await response.json()).toMatchObject({ today: '2027-01-25', phase: 'Stable' })
})
