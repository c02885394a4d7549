import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { CommunicationSystemsPage } from './pages/communication-systems-page'
import {
  advanceClock,
  certificateId,
  changeSystemElsewhere,
  uploadToExternalSystem,
} from './support/backend-api'
import { useLanguage } from './support/language'
import { openInScenario } from './support/simulation'
import { reviewScreenshot } from './support/review-screenshot'

/**
 * Makes the page's next save of an outbound user that names a Client Authentication fail with a 400
 * on that field, as a backend that refuses it would answer. (page.route never sees what the MSW
 * service worker answers, so the page's fetch is wrapped instead.)
 */
async function refuseClientAuthentication(page: Page, message: string) {
  await page.addInitScript((message) => {
    const realFetch = window.fetch.bind(window)
    window.fetch = async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
      const body = typeof init?.body === 'string' ? init.body : ''
      if (/\/outbound-users(\/|$)/.test(url) && body.includes('"clientAuthentication"')) {
        const error = {
          code: 'InvalidCommand',
          message,
          details: [{ field: 'clientAuthentication', message }],
        }
        return new Response(JSON.stringify({ error }), {
          status: 400,
          headers: { 'Content-Type': 'application/json' },
        })
      }
      return realFetch(input, init)
    }
  }, message)
}

/** Opens `hash` with the backend in a fresh scenario, in one page load (see openInScenario). */
async function start(
  page: Page,
  scenario: string,
  hash: string,
  options?: { date?: string },
): Promise<CommunicationSystemsPage> {
  await openInScenario(page, scenario, hash, options)
  return new CommunicationSystemsPage(page)
}

test('seed step 2: every system on Client Default Expiring is switched to Client Default, user by user', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const app = await start(page, 'new-certificate-issued', 'CommunicationSystem-maintain')
  await expect(app.listTitle).toBeVisible()

  // "You can see by which Communication Systems the Client Default Expiring certificate is used."
  await app.filterByCertificate('Client Default Expiring')
  await expect(app.certificateFilterStrip).toContainText(
    'Showing systems that use Client Default Expiring',
  )
  await expect(page).toHaveURL(/certificate=/)
  const systemRows = app.rows('Client Default Expiring')
  await expect(systemRows.first()).toBeVisible()
  // Polled: until the filtered answer arrives, the table still shows the whole list it had.
  const systemIds = [
    'ARIBA-PROC',
    'BANK-EBICS',
    'CRM-SALES',
    'EDI-GATEWAY',
    // Its user has OAuth 2.0 with mTLS: it presents the certificate like the others.
    'MDG-HUB',
    'PAYROLL-DE',
    'S4H-FIN-PRD',
    'SFSF-EC',
    'TAX-SERVICE',
    'WMS-3PL',
  ]
  await expect.poll(() => app.systemIdsShown()).toEqual(systemIds)
  await reviewScreenshot(page, 'cs-list-filtered')
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
        await reviewScreenshot(page, 'cs-user-dialog')
      }
      if (systemId === 'MDG-HUB') {
        await expect(app.dialogSelect('Authentication Method')).toHaveText('OAuth 2.0')
        await expect(app.dialogSelect('Client Authentication')).toHaveText('mTLS')
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
  await reviewScreenshot(page, 'cs-launchpad')
})

test('Check Connection: 401 or 403 when switched before the upload at a pinning system, 200 once it holds Client Default or trusts the issuer', async ({
  page,
}) => {
  test.setTimeout(60_000)
  const app = await start(page, 'new-certificate-issued', 'CommunicationSystem-maintain/CRM-SALES')
  await app.goToSection('Users for Outbound Communication')

  // Switched before the upload: the external system pins certificates and does not know Client Default yet.
  await app.switchOutboundUser('BTP_ACCOUNT_SYNC', 'Client Default')
  await app.openOutboundUser('BTP_ACCOUNT_SYNC')
  await app.dialogButton('Check Connection').click()
  await expect(app.connectionResult).toContainText('401 Unauthorized')
  await expect(app.connectionResult).toContainText(
    'crm.example.org pins certificates and does not know Client Default',
  )
  await reviewScreenshot(page, 'cs-check-connection-401')
  await app.closeDialog()

  // Step 1 of the seed, done late: the external system now holds the exported Client Default.
  await uploadToExternalSystem(page, 'crm.example.org', 'Client Default')
  await page.reload()
  await app.openOutboundUser('BTP_ACCOUNT_SYNC')
  await app.dialogButton('Check Connection').click()
  await expect(app.connectionResult).toContainText('200 OK')
  await expect(app.connectionResult).toContainText('crm.example.org holds Client Default')
  await reviewScreenshot(page, 'cs-check-connection-200')

  // Another implementation answers 403 Forbidden to the same mistake.
  await page.goto('./#/CommunicationSystem-maintain/ARIBA-PROC')
  await app.goToSection('Users for Outbound Communication')
  await app.switchOutboundUser('BTP_PO_TRANSFER', 'Client Default')
  await app.checkConnection('BTP_PO_TRANSFER')
  await expect(app.connectionResult).toContainText('403 Forbidden')
  await expect(app.connectionResult).toContainText('ariba.example.net')
  await app.closeDialog()

  // An external system that trusts SAP's root needs no upload: Client Default chains to it.
  await page.goto('./#/CommunicationSystem-maintain/S4H-FIN-PRD')
  await app.goToSection('Users for Outbound Communication')
  await app.switchOutboundUser('BTP_FIN_POSTING', 'Client Default')
  await app.checkConnection('BTP_FIN_POSTING')
  await expect(app.connectionResult).toContainText('200 OK')
  await expect(app.connectionResult).toContainText(
    /s4h-fin\.example\.com trusts .+; Client Default chains to it/,
  )
})

test("Display Changes shows SAP's migration after the rotation on Mar 1", async ({ page }) => {
  const app = await start(page, 'new-certificate-issued', 'CommunicationSystem-maintain/SFSF-EC', {
    date: '2027-03-02',
  })
  await page.getByRole('button', { name: 'Display Changes' }).click()
  await expect(app.dialog.getByText('Changes of SFSF-EC')).toBeVisible()
  const migration = app.dialog
    .getByRole('row')
    .filter({ hasText: 'SAP' })
    .filter({ hasText: 'Client Certificate' })
  await expect(migration).toHaveCount(1)
  await expect(migration).toContainText('Mar 1, 2027')
  await expect(migration).toContainText('Users for Outbound Communication')
  // The old certificate is gone from the list, so it is named by its id; the new one by description.
  await expect(migration).toContainText(/\(removed\) → Client Default/)
  await expect(migration).toContainText('from Client Default Expiring')
  await expect(page).toHaveURL(/\/SFSF-EC\/changes$/)
  await reviewScreenshot(page, 'cs-display-changes')
  // The dialog is a URL: Back closes it.
  await page.goBack()
  await expect(app.dialog).toHaveCount(0)
  await expect(app.sectionTab('General Data')).toBeVisible()
})

test('New, edit and Delete: field errors show as value states on the fields, then a valid system goes through', async ({
  page,
}) => {
  test.setTimeout(60_000)
  const app = await start(page, 'before-issuance', 'CommunicationSystem-maintain')
  await expect(app.listTitle).toBeVisible()
  await page.getByRole('button', { name: 'New', exact: true }).click()
  await expect(app.dialog.getByText('New Communication System')).toBeVisible()

  // Checked before sending, with the backend's own schema.
  await app.dialogField('System ID').fill('bad id')
  await app.dialogField('System Name').fill('Test System')
  await app.dialogField('Host Name').fill('not a host!')
  await app.dialogButton('Create').click()
  await expect(app.dialogField('System ID')).toHaveAttribute('aria-invalid', 'true')
  await expect(app.dialogField('System ID')).toHaveAccessibleDescription(
    /Use capital letters, digits/,
  )
  await expect(app.dialogField('Host Name')).toHaveAttribute('aria-invalid', 'true')
  await expect(app.dialogField('Host Name')).toHaveAccessibleDescription(
    /Enter a host name such as api\.example\.com/,
  )

  // Refused by the backend: 409, the System ID is taken.
  await app.dialogField('System ID').fill('S4H-FIN-PRD')
  await app.dialogField('Host Name').fill('test.example.com')
  await app.dialogButton('Create').click()
  await expect(app.dialogField('System ID')).toHaveAccessibleDescription(/already exists/)
  await expect(app.dialogField('Host Name')).not.toHaveAttribute('aria-invalid', 'true')
  await reviewScreenshot(page, 'cs-new-system-errors')

  await app.dialogField('System ID').fill('TEST-SYS-01')
  await app.dialogButton('Create').click()
  await expect(app.dialog).toHaveCount(0)
  await expect(page).toHaveURL(/\/CommunicationSystem-maintain\/TEST-SYS-01\?mode=edit$/)
  await expect(app.saveButton).toBeVisible()
  await expect(app.field('Port')).toHaveValue('443')

  // Port out of range: refused on the field, nothing typed is lost.
  await app.field('Port').fill('70000')
  await app.field('Contact Name').fill('Test team')
  await app.field('E-Mail').fill('test@example.com')
  await app.saveButton.click()
  await expect(app.field('Port')).toHaveAttribute('aria-invalid', 'true')
  await expect(app.field('Port')).toHaveAccessibleDescription(/between 1 and 65535/)
  await expect(app.field('E-Mail')).toHaveValue('test@example.com')
  await app.field('Port').fill('8443')
  await app.saveButton.click()
  await expect(app.editButton).toBeVisible()
  await expect(page).toHaveURL(/\/TEST-SYS-01$/)
  await expect(page.getByText('8443', { exact: true })).toBeVisible()
  await expect(page.getByText('test@example.com', { exact: true })).toBeVisible()
  await expect(page.getByText('Test team', { exact: true }).last()).toBeVisible()

  // Delete from the list, after a confirmation.
  await app.breadcrumbToList.click()
  await expect(app.systemRow('TEST-SYS-01')).toBeVisible()
  await app.selectSystem('TEST-SYS-01')
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  const confirm = app.messageBox('Delete')
  await expect(confirm.getByText('Delete communication system TEST-SYS-01?')).toBeVisible()
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(app.systemRow('TEST-SYS-01')).toHaveCount(0)
  await expect(app.systemRow('S4H-FIN-PRD')).toBeVisible()
})

test('a save refused with 412 says the system changed meanwhile, keeps the edit until Reload', async ({
  page,
}) => {
  const app = await start(
    page,
    'new-certificate-issued',
    'CommunicationSystem-maintain/CRM-SALES?mode=edit',
  )
  await expect(app.field('Contact Name')).toBeVisible()
  await app.field('Contact Name').fill('Sales IT on call')
  // Meanwhile, another tab renames the system.
  await changeSystemElsewhere(page, 'CRM-SALES', { systemName: 'Sales Cloud CRM (EU)' })
  await app.saveButton.click()
  const conflict = page.getByRole('alert').filter({ hasText: 'This system was changed meanwhile' })
  await expect(conflict).toContainText("in another tab or by SAP's rotation")
  await expect(app.field('Contact Name')).toHaveValue('Sales IT on call')
  await reviewScreenshot(page, 'cs-conflict')
  await conflict.getByRole('button', { name: 'Reload' }).click()
  await expect(conflict).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Sales Cloud CRM (EU)' })).toBeVisible()
  await expect(app.field('Contact Name')).toHaveValue('Sales IT')
})

test('leaving with unsaved changes asks "Discard changes?" first', async ({ page }) => {
  const app = await start(page, 'before-issuance', 'CommunicationSystem-maintain/MDG-HUB')
  await app.editButton.click()
  await app.field('System Name').fill('Master Data Hub (new)')
  await app.breadcrumbToList.click()
  const ask = app.messageBox('Discard changes?')
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Cancel', exact: true }).click()
  await expect(ask).toHaveCount(0)
  await expect(app.field('System Name')).toHaveValue('Master Data Hub (new)')
  // Back is a navigation too.
  await page.goBack()
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Discard', exact: true }).click()
  await expect(app.editButton).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Master Data Hub', exact: true })).toBeVisible()
})

test('each outbound user dialog has its URL: a reload reopens it, Back closes it', async ({
  page,
}) => {
  const app = await start(page, 'new-certificate-issued', 'CommunicationSystem-maintain/WMS-3PL')
  await expect(app.rows('BTP_STOCK_QUERY')).toBeVisible()
  await reviewScreenshot(page, 'cs-object-page', { fullPage: true })
  await app.goToSection('Users for Outbound Communication')
  await app.openOutboundUser('BTP_STOCK_QUERY')
  await expect(page).toHaveURL(/\/WMS-3PL\/outbound-users\/[^/]+$/)
  await page.reload()
  await expect(app.dialog.getByText('Outbound User BTP_STOCK_QUERY')).toBeVisible()
  await expect(app.dialogSelect('Client Certificate')).toHaveText('Client Default Expiring')
  await app.dialogButton('Cancel').click()
  await expect(app.dialog).toHaveCount(0)
  await expect(page).toHaveURL(/\/WMS-3PL$/)

  await app.openOutboundUser('BTP_DELIVERY_OUT')
  await page.goBack()
  await expect(app.dialog).toHaveCount(0)
  await expect(page).toHaveURL(/\/WMS-3PL$/)

  // "+" (Add) opens the empty dialog at its own URL.
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(app.dialog.getByText('New Outbound User')).toBeVisible()
  await expect(page).toHaveURL(/\/WMS-3PL\/outbound-users\/new$/)
})

test('the link from Maintain Client Certificates filters by the certificate, and the filter can be cleared', async ({
  page,
}) => {
  const app = await start(page, 'halfway', '')
  await expect(page.getByRole('main', { name: 'Launchpad' })).toBeVisible()
  const expiring = await certificateId(page, 'Client Default Expiring')
  await app.openList(`?certificate=${encodeURIComponent(expiring)}`)
  await expect(app.certificateFilterStrip).toContainText(
    'Showing systems that use Client Default Expiring',
  )
  await expect(app.certificateFilter).toHaveText('Client Default Expiring')
  const filtered = await app.systemIdsShown()
  expect(filtered.length).toBeGreaterThan(0)
  expect(filtered).not.toContain('S4H-FIN-PRD')
  await page.getByRole('link', { name: 'Show All Systems' }).click()
  await expect(app.certificateFilterStrip).toHaveCount(0)
  await expect(page).not.toHaveURL(/certificate=/)
  await expect(app.systemRow('S4H-FIN-PRD')).toBeVisible()
})

test('a large list grows by 100 rows with More; a search finds any of the 5,000 systems', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const app = await start(page, 'large-landscape', 'CommunicationSystem-maintain')
  await expect(app.listTitle).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Communication Systems (5,000)' })).toBeVisible()
  await expect(app.moreButton).toHaveAccessibleName(
    'More: 100 of 5,000 communication systems shown',
  )
  await expect(page.getByText('[ 100 / 5,000 ]')).toBeVisible()

  await app.moreButton.click()
  await expect(app.moreButton).toHaveAccessibleName(
    'More: 200 of 5,000 communication systems shown',
  )
  await expect(app.moreButton).toBeFocused()

  // The search runs over all 5,000, not over the rows shown; one match needs no More.
  await app.search.fill('PARTNER-4321')
  await expect(app.systemRow('PARTNER-4321')).toBeVisible()
  await expect(app.moreButton).toHaveCount(0)
  // A new filter starts again from the first 100.
  await app.search.fill('')
  await expect(app.moreButton).toHaveAccessibleName(
    'More: 100 of 5,000 communication systems shown',
  )
})

test('an unknown system says so and leads back to the list', async ({ page }) => {
  const app = await start(page, 'before-issuance', 'CommunicationSystem-maintain/NO-SUCH-SYSTEM')
  await expect(page.getByText('Communication system not found')).toBeVisible()
  await page.getByRole('button', { name: 'Go to Communication Systems' }).click()
  await expect(app.listTitle).toBeVisible()
})

test('a certificate removed meanwhile is refused beside the field; the rest of the edit stays', async ({
  page,
}) => {
  const app = await start(page, 'halfway', 'CommunicationSystem-maintain/S4H-FIN-PRD')
  await app.goToSection('Users for Outbound Communication')
  await app.openOutboundUser('BTP_FIN_POSTING')
  await app.dialogField('User Name').fill('BTP_FIN_POSTING_V2')
  await app.chooseClientCertificate('Client Default Expiring')
  // Meanwhile the rotation date passes: Client Default Expiring is removed.
  await advanceClock(page, '2027-03-01')
  await app.saveDialog()
  const certificate = app.dialogSelect('Client Certificate')
  await expect(certificate).toHaveAccessibleDescription(
    /was removed on 2027-03-01 and can no longer be chosen/,
  )
  // Also readable without focusing the field: the reason is written beside it.
  await expect(
    app.dialog.locator('ui5-label').filter({ hasText: /was removed on 2027-03-01/ }),
  ).toBeVisible()
  await expect(app.dialogField('User Name')).toHaveValue('BTP_FIN_POSTING_V2')
  await reviewScreenshot(page, 'cs-certificate-removed')
  await app.chooseClientCertificate('Client Default')
  await app.saveDialog()
  await expect(app.dialog).toHaveCount(0)
  await expect(app.rows('BTP_FIN_POSTING_V2')).toContainText('Client Default')
})

test('an outbound user is added with "+" and deleted after a confirmation', async ({ page }) => {
  const app = await start(page, 'before-issuance', 'CommunicationSystem-maintain/MDG-HUB')
  // Its one user has OAuth 2.0 with mTLS: it presents a client certificate.
  await expect(page.getByText('1 (1 with a client certificate)')).toBeVisible()
  await app.goToSection('Users for Outbound Communication')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(app.dialog.getByText('New Outbound User')).toBeVisible()
  await app.dialogField('User Name').fill('BTP_MDG_CERT')
  await app.chooseClientCertificate('Client Default')
  await app.saveDialog()
  await expect(app.dialog).toHaveCount(0)
  await expect(app.rows('BTP_MDG_CERT')).toContainText('SSL Client Certificate')
  await expect(app.rows('BTP_MDG_REPLICATION')).toContainText('OAuth 2.0 (mTLS)')

  await app.openOutboundUser('BTP_MDG_CERT')
  await app.dialogButton('Delete').click()
  const confirm = app.messageBox('Delete')
  await expect(confirm.getByText(/Delete outbound user BTP_MDG_CERT/)).toBeVisible()
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(app.dialog).toHaveCount(0)
  await expect(app.rows('BTP_MDG_CERT')).toHaveCount(0)
  await expect(app.rows('BTP_MDG_REPLICATION')).toBeVisible()
})

test('an OAuth 2.0 user with mTLS presents a Client Certificate like SSL Client Certificate; Client Secret drops it', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const app = await start(
    page,
    'new-certificate-issued',
    'CommunicationSystem-maintain/S4H-FIN-PRD',
  )
  await app.goToSection('Users for Outbound Communication')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(app.dialog.getByText('New Outbound User')).toBeVisible()

  // OAuth 2.0 starts with Client Secret: no certificate.
  await app.chooseInDialog('Authentication Method', 'OAuth 2.0')
  await expect(app.dialogSelect('Client Authentication')).toHaveText('Client Secret')
  await expect(app.dialogSelect('Client Certificate')).toHaveCount(0)
  // mTLS: the Client Certificate is required, exactly as for SSL Client Certificate.
  await app.chooseInDialog('Client Authentication', 'mTLS')
  await expect(app.dialogSelect('Client Certificate')).toBeVisible()
  await app.dialogField('User Name').fill('BTP_FIN_OAUTH_MTLS')
  await app.saveDialog()
  await expect(app.dialogSelect('Client Certificate')).toHaveAccessibleDescription(
    /Choose a Client Certificate\./,
  )
  await app.chooseClientCertificate('Client Default')
  await expect(app.dialog.getByText(/^Client Default: valid to /)).toBeVisible()
  await reviewScreenshot(page, 'cs-oauth-mtls-user')
  await app.saveDialog()
  await expect(app.dialog).toHaveCount(0)

  // In the table like any certificate-based user: method, certificate, connection, readiness.
  const row = app.rows('BTP_FIN_OAUTH_MTLS')
  await expect(row).toContainText('OAuth 2.0 (mTLS)')
  await expect(row).toContainText('Client Default')
  await expect(row).toContainText('200 OK')
  await expect(row).toContainText('Done')

  // Its dialog: the connection today and after the rotation, and Check Connection.
  await app.checkConnection('BTP_FIN_OAUTH_MTLS')
  await expect(app.dialogSelect('Client Authentication')).toHaveText('mTLS')
  await expect(app.dialog.getByText(/^Today: 200 OK/)).toBeVisible()
  await expect(app.dialog.getByText(/^After the rotation on Mar 1, 2027: 200 OK/)).toBeVisible()
  await expect(app.connectionResult).toContainText('200 OK')
  await expect(app.connectionResult).toContainText('Client Default chains to it')

  // Client Secret: the certificate field goes, and the saved user has no certificate.
  await app.chooseInDialog('Client Authentication', 'Client Secret')
  await expect(app.dialogSelect('Client Certificate')).toHaveCount(0)
  await app.saveDialog()
  await expect(app.dialog).toHaveCount(0)
  await expect(row).toContainText('OAuth 2.0 (Client Secret)')
  await expect(row).not.toContainText('Client Default')
  await expect(row).not.toContainText('200 OK')
  await app.openOutboundUser('BTP_FIN_OAUTH_MTLS')
  await expect(app.dialogSelect('Client Certificate')).toHaveCount(0)
  await expect(app.dialogButton('Check Connection')).toHaveCount(0)
  // The change record names the Client Authentication and the certificate that went.
  await app.closeDialog()
  await page.getByRole('button', { name: 'Display Changes' }).click()
  const changed = app.dialog
    .getByRole('row')
    .filter({ hasText: 'Client Authentication' })
    .filter({ hasText: 'Client Secret' })
  await expect(changed).toHaveCount(1)
  await expect(changed).toContainText('mTLS')
})

test("the API's reason for the Client Authentication shows on that field", async ({ page }) => {
  await refuseClientAuthentication(page, 'mTLS is not offered for this communication system.')
  const app = await start(page, 'before-issuance', 'CommunicationSystem-maintain/ARIBA-PROC')
  await app.goToSection('Users for Outbound Communication')
  await app.openOutboundUser('BTP_INVOICE_SYNC')
  await expect(app.dialogSelect('Authentication Method')).toHaveText('OAuth 2.0')
  await app.chooseInDialog('Client Authentication', 'mTLS')
  await app.chooseClientCertificate('Client Default')
  await app.saveDialog()
  const field = app.dialogSelect('Client Authentication')
  await expect(field).toHaveAccessibleDescription(/mTLS is not offered/)
  // Also readable without focusing the field: the reason is written beside it.
  const reason = app.dialog.locator('ui5-label').filter({ hasText: 'mTLS is not offered' })
  await expect(reason).toBeVisible()
  await expect(app.dialogSelect('Client Certificate')).not.toHaveAccessibleDescription(
    /mTLS is not offered/,
  )
  await reviewScreenshot(page, 'cs-client-authentication-refused')
  // Nothing chosen is lost; another choice clears the reason.
  await expect(app.dialogSelect('Client Certificate')).toHaveText('Client Default')
  await app.chooseInDialog('Client Authentication', 'Client Secret')
  await expect(reason).toHaveCount(0)
  await expect(field).not.toHaveAccessibleDescription(/mTLS is not offered/)
})

test("in German: SAP's German terms, checks, Check Connection and dates of the user's language", async ({
  page,
}) => {
  test.setTimeout(60_000)
  await useLanguage(page, 'de')
  const app = await start(page, 'new-certificate-issued', 'CommunicationSystem-maintain')

  // The list report.
  await expect(
    page.getByRole('heading', { name: 'Kommunikationssysteme', exact: true }),
  ).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Kommunikationssysteme \(\d+\)$/ })).toBeVisible()
  for (const header of ['System-ID', 'Systemname', 'Hostname', 'Clientzertifikate', 'Bereitschaft'])
    await expect(page.getByRole('columnheader', { name: header, exact: true })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Clientzertifikat' })).toBeVisible()
  await expect(app.systemRow('S4H-FIN-PRD')).toBeVisible()

  // New: a required field left empty is refused in German before anything is sent.
  await page.getByRole('button', { name: 'Neu', exact: true }).click()
  await expect(app.dialog.getByText('Neues Kommunikationssystem')).toBeVisible()
  await app.dialogField('Systemname').fill('Testsystem')
  await app.dialogButton('Anlegen').click()
  await expect(app.dialogField('System-ID')).toHaveAttribute('aria-invalid', 'true')
  await expect(app.dialogField('System-ID')).toHaveAccessibleDescription(
    /Geben Sie eine System-ID ein\./,
  )
  await expect(app.dialogField('Hostname')).toHaveAccessibleDescription(
    /Geben Sie einen Hostnamen ein\./,
  )
  await app.dialogButton('Abbrechen').click()
  await expect(app.dialog).toHaveCount(0)

  // The object page.
  await app.systemRow('S4H-FIN-PRD').getByText('S4H-FIN-PRD', { exact: true }).click()
  for (const section of [
    'Allgemeine Daten',
    'Technische Daten',
    'Benutzer für eingehende Kommunikation',
    'Benutzer für ausgehende Kommunikation',
  ])
    await expect(app.sectionTab(section)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Bearbeiten', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Änderungen anzeigen' })).toBeVisible()

  // The outbound user dialog: labels, the method in German, the removal date in German format.
  await app.goToSection('Benutzer für ausgehende Kommunikation')
  await app.rows('BTP_FIN_POSTING').getByText('BTP_FIN_POSTING', { exact: true }).click()
  await expect(
    app.dialog.getByText('Benutzer für ausgehende Kommunikation BTP_FIN_POSTING'),
  ).toBeVisible()
  await expect(app.dialogSelect('Authentifizierungsmethode')).toHaveText('SSL-Clientzertifikat')
  await expect(app.dialogField('Benutzername')).toHaveValue('BTP_FIN_POSTING')
  await expect(app.dialogSelect('Clientzertifikat')).toHaveText('Client Default Expiring')
  await expect(
    app.dialog.getByText('Client Default Expiring: entfernt am 01.03.2027'),
  ).toBeVisible()
  await expect(app.dialog.getByText(/^Nach der Rotation am 01\.03\.2027: /)).toBeVisible()

  // Check Connection: the result said from the API's reason code, in German.
  await app.dialogButton('Verbindung prüfen').click()
  await expect(app.connectionResult).toContainText('200 OK')
  // s4h-fin.example.com trusts SAP's root: the certificate chains to it.
  await expect(app.connectionResult).toContainText(
    /Verbunden: s4h-fin\.example\.com vertraut .+; Client Default Expiring ist davon ausgestellt\./,
  )
  await reviewScreenshot(page, 'cs-german-check-connection')
})
