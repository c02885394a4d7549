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

// The control: a page that asks another host must fail its test, or the guard above proves nothing.
test('the offline guard fails a test whose page asks a host other than the local server', async ({
  page,
}) => {
  test.fail(true, 'the offline guard must fail this test: its page asks cdn.example.com')
  await page.goto('./')
  await expect(page.getByRole('main', { name: 'Launchpad' })).toBeVisible()
  // An image is outside the app's CSP checks for fetch: the request itself reaches Chromium's network.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const image = new Image()
        image.onerror = resolve
        image.onload = resolve
        image.src = 'https://cdn.example.com/sap-icons.png'
      }),
  )
})
