import { expect, test } from './fixtures'
import { UserMenuPage } from './pages/user-menu'
import { reviewScreenshot } from './support/review-screenshot'

test('the user menu switches between Horizon, Horizon Dark and High Contrast Black, and the choice is remembered', async ({
  page,
}) => {
  await page.goto('./')
  await expect(page.getByRole('main', { name: 'Launchpad' })).toBeVisible()
  const html = page.locator('html')
  await expect(html).toHaveAttribute('data-theme', 'sap_horizon')
  const userMenu = new UserMenuPage(page)

  await userMenu.chooseTheme('Horizon Dark')
  await expect(html).toHaveAttribute('data-theme', 'sap_horizon_dark')
  await expect(page.locator('body')).not.toHaveCSS('background-color', 'rgb(245, 246, 247)')
  await page.reload()
  await expect(html).toHaveAttribute('data-theme', 'sap_horizon_dark')

  await userMenu.chooseTheme('High Contrast Black')
  await expect(html).toHaveAttribute('data-theme', 'sap_horizon_hcb')
  await page.reload()
  await expect(html).toHaveAttribute('data-theme', 'sap_horizon_hcb')
  await expect(page.getByRole('main', { name: 'Launchpad' })).toBeVisible()
  await reviewScreenshot(page, 'theme-hcb-launchpad')

  await userMenu.chooseTheme('SAP Horizon')
  await expect(html).toHaveAttribute('data-theme', 'sap_horizon')
})
