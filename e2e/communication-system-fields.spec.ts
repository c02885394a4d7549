import { expect, test } from './fixtures'
import { CommunicationSystemsPage } from './pages/communication-systems-page'
import { openInScenario } from './support/simulation'
import { reviewScreenshot } from './support/review-screenshot'

// SAP's Communication System fields (General Data, Technical Data) and the write-only password of
// a User Name and Password user.

test("SAP's system fields: checked on the field, saved, and there after a reload", async ({
  page,
}) => {
  await openInScenario(page, 'before-issuance', 'CommunicationSystem-maintain/CRM-SALES?mode=edit')
  const app = new CommunicationSystemsPage(page)
  await expect(app.field('UI Host')).toBeVisible()
  // Without Cloud Connector there is no location to enter.
  await expect(app.field('SCC Location ID')).toBeDisabled()

  await app.field('UI Host').fill('crm-ui.example.org')
  await app.field('Logical System').fill('crmclnt100')
  await app.field('Business System').fill('CRM_SALES_PRD')
  await app.field('Contact Name').fill('Sales IT on call')
  await app.field('E-Mail').fill('sales-it.example.com')
  await app.field('Phone').fill('+1 (555) 010-9999')
  await app.checkbox('Cloud Connector').click()
  await app.field('SCC Location ID').fill('SALESDC1')
  await app.saveButton.click()
  await expect(app.field('Logical System')).toHaveAttribute('aria-invalid', 'true')
  await expect(app.field('Logical System')).toHaveAccessibleDescription(
    /capital letters and digits/,
  )
  await expect(app.field('E-Mail')).toHaveAccessibleDescription(/e-mail address such as/)
  await expect(app.field('Phone')).not.toHaveAttribute('aria-invalid', 'true')

  await app.field('Logical System').fill('CRMCLNT100')
  await app.field('E-Mail').fill('sales-it-oncall@example.org')
  await app.saveButton.click()
  await expect(app.editButton).toBeVisible()

  await page.reload()
  await expect(app.editButton).toBeVisible()
  for (const value of [
    'crm-ui.example.org',
    'CRMCLNT100',
    'CRM_SALES_PRD',
    'sales-it-oncall@example.org',
    '+1 (555) 010-9999',
    'SALESDC1',
  ])
    await expect(page.getByText(value, { exact: true })).toBeVisible()
  await app.editButton.click()
  await expect(app.checkbox('Cloud Connector')).toBeChecked()
  await expect(app.field('SCC Location ID')).toHaveValue('SALESDC1')
  await reviewScreenshot(page, 'cs-system-fields')
})

test('a User Name and Password user: the password is required, typed as dots, and never shown again', async ({
  page,
}) => {
  await openInScenario(page, 'before-issuance', 'CommunicationSystem-maintain/CRM-SALES')
  const app = new CommunicationSystemsPage(page)
  await app.goToSection('Users for Outbound Communication')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(app.dialog.getByText('New Outbound User')).toBeVisible()
  await app.chooseInDialog('Authentication Method', 'User Name and Password')
  await app.dialogField('User Name').fill('BTP_QUOTE_IMPORT')
  await expect(app.dialogPassword).toHaveAttribute('type', 'password')
  await app.saveDialog()
  await expect(app.dialogPassword).toHaveAccessibleDescription(/Enter a Password/)

  await app.dialogPassword.fill('Quote-Import-2027')
  await expect(app.dialogPassword).toHaveValue('Quote-Import-2027')
  // Masked: a password input shows dots for what was typed.
  await expect(app.dialogPassword).toHaveAttribute('type', 'password')
  await app.saveDialog()
  await expect(app.dialog).toHaveCount(0)
  await expect(app.rows('BTP_QUOTE_IMPORT')).toContainText('User Name and Password')

  await page.reload()
  await app.goToSection('Users for Outbound Communication')
  await app.openOutboundUser('BTP_QUOTE_IMPORT')
  // Write-only: the field is empty; its dots and description say a password is set.
  await expect(app.dialogPassword).toHaveValue('')
  await expect(app.dialogPassword).toHaveAttribute('placeholder', '••••••••')
  await expect(app.dialogPassword).toHaveAccessibleDescription(/A password is set/)
  await expect(app.dialog.getByText('Quote-Import-2027')).toHaveCount(0)
  // Saved without touching the password: it stays set.
  await app.dialogField('User Name').fill('BTP_QUOTE_IMPORTER')
  await app.saveDialog()
  await expect(app.dialog).toHaveCount(0)
  await app.openOutboundUser('BTP_QUOTE_IMPORTER')
  await expect(app.dialogPassword).toHaveAttribute('placeholder', '••••••••')
  await reviewScreenshot(page, 'cs-password-user')
})
