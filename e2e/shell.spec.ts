import { expect, test } from './fixtures'

test('the shell shows the ShellBar and the launchpad', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByText('Rotation Lab', { exact: true })).toBeVisible()
  await page.screenshot({ path: 'test-results/home.png' })
})
