import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { CommunicationSystemsPage } from './pages/communication-systems-page'
import { resetScenario } from './support/backend-api'

/** Starts the app on a fresh scenario: reset through the API, then a full load so no cache survives. */
async function start(page: Page, scenario: string): Promise<CommunicationSystemsPage> {
  await page.goto('./')
  await expect(page.getByRole('main', { name: 'Launchpad' })).toBeVisible()
  await resetScenario(page, scenario)
  await page.goto('about:blank')
  return new CommunicationSystemsPage(page)
}

test('seed step 2: every system on Client Default Expiring is switched to Client Default, user by user', async ({ page }) => {
  test.setTimeout(120_000)
  const app = await start(page, 'new-certificate-issued')
  await app.openList()

  // "You can see by which Communication Systems the Client Default Expiring certificate is used."
  await app.filterByCertificate('Client Default Expiring')
  await expect(app.certificateFilterStrip).toContainText('Showing systems that use Client Default Expiring')
  await expect(page).toHaveURL(/certificate=/)
  const systemRows = app.rows('Client Default Expiring')
  await expect(systemRows.first()).toBeVisible()
  const systemIds = await app.systemIdsShown()
  expect(systemIds).toEqual(['ARIBA-PROC', 'BANK-EBICS', 'CRM-SALES', 'EDI-GATEWAY', 'PAYROLL-DE', 'S4H-FIN-PRD', 'SFSF-EC', 'TAX-SERVICE', 'WMS-3PL'])
  await page.screenshot({ path: 'test-results/cs-list-filtered.png' })
  const listUrl = page.url()

  for (const systemId of systemIds) {
    await page.goto(listUrl)
    // "For each communication system using the Client Default Expiring certificate:"
    await app.openSystem(systemId)
    // "Navigate to the Users for Outbound Communication section."
    await app.goToSection('Users for Outbound Communication')
    const onExpiring = app.rows('Client Default Expiring')
    await expect(onExpiring.first()).toBeVisible()
    while ((await onExpiring.count()) > 0) {
      const userName = (await onExpiring.first().getByRole('gridcell').first().innerText()).trim()
      // "Select the user associated with the Client Default Expiring certificate."
      await app.openOutboundUser(userName)
      if (systemId === 'S4H-FIN-PRD' && userName === 'BTP_FIN_POSTING') {
        await page.screenshot({ path: 'test-results/cs-user-dialog.png' })
      }
      // "In the dialog, change the Client Certificate value to Client Default."
      await app.chooseClientCertificate('Client Default')
      await app.saveDialog()
      await expect(app.dialog).toHaveCount(0)
      await expect(app.rows(userName).filter({ hasText: 'Client Default' })).not.toContainText('Client Default Expiring')
    }
  }

  await page.goto(listUrl)
  await expect(app.certificateFilterStrip).toBeVisible()
  await expect(page.getByText('No communication systems match the filters.')).toBeVisible()
  await page.goto('./#/')
  await expect(page.getByRole('link', { name: /Communication Systems/ })).toContainText('0')
})
