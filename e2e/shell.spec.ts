import { expect, test } from './fixtures'
import { readApi } from './support/simulation'
import { reviewScreenshot } from './support/review-screenshot'

test('the shell shows the ShellBar and the launchpad', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByText('Rotation Lab', { exact: true })).toBeVisible()
  await reviewScreenshot(page, 'home')
})

test('the launchpad shows Maintain Client Certificates under Security; tile, Back and deep links work', async ({
  page,
}) => {
  await page.goto('./')
  const security = page.getByRole('region', { name: 'Security' })
  const tile = security.getByRole('link', { name: /^Maintain Client Certificates/ })
  await expect(tile).toBeVisible()
  // The tile's live figure comes from the API: before issuance, the number of certificates.
  await expect(tile).toContainText(/2\s*certificates/)

  await tile.click()
  await expect(
    page.getByRole('heading', { name: 'Maintain Client Certificates', level: 1 }),
  ).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('main', { name: 'Launchpad' })).toBeVisible()

  const { items } = await readApi<{ items: { id: string; description: string }[] }>(
    page,
    'client-certificates',
  )
  const clientDefault = items.find((item) => item.description === 'Client Default')
  expect(clientDefault).toBeDefined()
  await page.goto(`./#/ClientCertificate-maintain/${clientDefault?.id}`)
  await page.reload()
  await expect(
    page.getByRole('heading', { name: 'Client Default', exact: true, level: 1 }),
  ).toBeVisible()
  await expect(page.getByRole('heading', { name: 'General Information' })).toBeVisible()
})
