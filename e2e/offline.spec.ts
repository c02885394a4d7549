import { expect, test } from './fixtures'

// The auto fixture in fixtures.ts already fails any test whose page sends a request off this server;
// this spec checks the fonts and locale data really come from the bundle.
test('fonts and UI5 assets load from the local server only', async ({ page, baseURL }) => {
  await page.goto('./')
  await expect(page.getByRole('main', { name: 'Launchpad' })).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
  const fonts = await page.evaluate(() =>
    [...document.fonts]
      .filter((font) => font.family.replace(/"/g, '') === '72')
      .map((font) => font.status),
  )
  expect(fonts).toContain('loaded')
  const resources = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  )
  const origin = new URL(baseURL!).origin
  expect(resources.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([])
  expect(resources.some((url) => /72-Regular.*\.woff2/.test(url))).toBe(true)
})
