import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { CommunicationSystemsPage } from './pages/communication-systems-page'
import { advanceClock, resetScenario, uploadToExternalSystem } from './support/backend-api'

/** Starts the app on a fresh scenario: reset through the API, then a full load so no cache survives. */
async function start(page: Page, scenario: string, setUp?: () => Promise<void>): Promise<CommunicationSystemsPage> {
  await page.goto('./')
  await expect(page.getByRole('main', { name: 'Launchpad' })).toBeVisible()
  await resetScenario(page, scenario)
  await setUp?.()
  await page.goto('about:blank')
  return new CommunicationSystemsPage(page)
}

test('seed step 2: every system on Client Default Expiring is switched to Client Default, user by user', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const app = await start(page, 'new-certificate-issued')
  await app.openList()

  // "You can see by which Communication Systems the Client Default Expiring certificate is used."
  await app.filterByCertificate('Client Default Expiring')
  await expect(app.certificateFilterStrip).toContainText(
    'Showing systems that use Client Default Expiring',
  )
  await expect(page).toHaveURL(/certificate=/)
  const systemRows = app.rows('Client Default Expiring')
  await expect(systemRows.first()).toBeVisible()
  const systemIds = await app.systemIdsShown()
  expect(systemIds).toEqual([
    'ARIBA-PROC',
    'BANK-EBICS',
    'CRM-SALES',
    'EDI-GATEWAY',
    'PAYROLL-DE',
    'S4H-FIN-PRD',
    'SFSF-EC',
    'TAX-SERVICE',
    'WMS-3PL',
  ])
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
      await expect(app.rows(userName).filter({ hasText: 'Client Default' })).not.toContainText(
        'Client Default Expiring',
      )
    }
  }

  await page.goto(listUrl)
  await expect(app.certificateFilterStrip).toBeVisible()
  await expect(page.getByText('No communication systems match the filters.')).toBeVisible()
  await page.goto('./#/')
  await expect(page.getByRole('link', { name: /Communication Systems/ })).toContainText('0')
})

test('Check Connection: 401 or 403 when switched before the upload, 200 once the external system trusts Client Default', async ({ page }) => {
  const app = await start(page, 'new-certificate-issued')
  await page.goto('./#/CommunicationSystem-maintain/S4H-FIN-PRD')
  await app.goToSection('Users for Outbound Communication')

  // Switched before the upload: the external system does not know Client Default yet.
  await app.openOutboundUser('BTP_FIN_POSTING')
  await app.chooseClientCertificate('Client Default')
  await app.saveDialog()
  await expect(app.dialog).toHaveCount(0)
  await app.openOutboundUser('BTP_FIN_POSTING')
  await app.dialogButton('Check Connection').click()
  await expect(app.connectionResult).toContainText('401 Unauthorized')
  await expect(app.connectionResult).toContainText('not trusted by s4h-fin.example.com')
  await page.screenshot({ path: 'test-results/cs-check-connection-401.png' })
  await app.dialogButton('Cancel').click()
  await expect(app.dialog).toHaveCount(0)

  // Step 1 of the seed, done late: the external system now trusts the exported Client Default.
  await uploadToExternalSystem(page, 's4h-fin.example.com', 'Client Default')
  await page.reload()
  await app.openOutboundUser('BTP_FIN_POSTING')
  await app.dialogButton('Check Connection').click()
  await expect(app.connectionResult).toContainText('200 OK')
  await page.screenshot({ path: 'test-results/cs-check-connection-200.png' })

  // Another implementation answers 403 Forbidden to the same mistake.
  await page.goto('./#/CommunicationSystem-maintain/ARIBA-PROC')
  await app.goToSection('Users for Outbound Communication')
  await app.openOutboundUser('BTP_PO_TRANSFER')
  await app.chooseClientCertificate('Client Default')
  await app.saveDialog()
  await expect(app.dialog).toHaveCount(0)
  await app.openOutboundUser('BTP_PO_TRANSFER')
  await app.dialogButton('Check Connection').click()
  await expect(app.connectionResult).toContainText('403 Forbidden')
  await expect(app.connectionResult).toContainText('ariba.example.net')
})

test("Display Changes shows SAP's migration after the rotation on Mar 1", async ({ page }) => {
  const app = await start(page, 'new-certificate-issued', () => advanceClock(page, '2027-03-02'))
  await page.goto('./#/CommunicationSystem-maintain/SFSF-EC')
  await page.getByRole('button', { name: 'Display Changes' }).click()
  await expect(app.dialog.getByText('Changes of SFSF-EC')).toBeVisible()
  const migration = app.dialog.getByRole('row').filter({ hasText: 'SAP' }).filter({ hasText: 'Client Certificate' })
  await expect(migration).toHaveCount(1)
  await expect(migration).toContainText('Mar 1, 2027')
  await expect(migration).toContainText('Users for Outbound Communication')
  // The old certificate is gone from the list, so it is named by its id; the new one by description.
  await expect(migration).toContainText(/\(removed\) → Client Default/)
  await expect(migration).toContainText('from Client Default Expiring')
  await expect(page).toHaveURL(/\/SFSF-EC\/changes$/)
  await page.screenshot({ path: 'test-results/cs-display-changes.png' })
  // The dialog is a URL: Back closes it.
  await page.goBack()
  await expect(app.dialog).toHaveCount(0)
  await expect(app.sectionTab('General Data')).toBeVisible()
})
