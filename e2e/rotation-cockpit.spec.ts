import { expect, test } from './fixtures'
import { ExternalSystemsPage } from './pages/external-systems'
import { cockpitTexts, RotationCockpitPage } from './pages/rotation-cockpit'
import { ShellBarPage } from './pages/shell-bar'
import { TimeTravelDialogPage } from './pages/time-travel-dialog'
import { useLanguage } from './support/language'
import {
  checkConnection,
  createArrangementFor,
  exportCertificatePem,
  readApi,
  startScenario,
  uploadToExternalSystem,
} from './support/seed-steps'
import { reviewScreenshot } from './support/review-screenshot'

const warehouse = 'wms.logistics.example.com'
const successFactors = 'api.successfactors.example.com'

test('the seed’s procedure from Before issuance to the rotation, step by step in the cockpit', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await startScenario(page, 'before-issuance', '#/RotationCockpit-display')
  const shell = new ShellBarPage(page)
  const cockpit = new RotationCockpitPage(page)
  const timeTravel = new TimeTravelDialogPage(page)
  const external = new ExternalSystemsPage(page)
  await expect(cockpit.heading).toBeVisible()
  await expect(cockpit.count('Upload pending')).toHaveCount(0)

  // Time travel to the next event: SAP issues the new Client Default.
  await shell.openTimeTravel()
  await timeTravel.goToNextEvent()
  await expect(timeTravel.summary).toContainText('Feb 1, 2027: 1 certificate issued')
  await timeTravel.close()
  await expect(shell.clock).toHaveText(/^Feb 1, 2027 · Overlap/)
  await expect(cockpit.count('Upload pending')).toBeVisible()
  await expect(cockpit.row('BTP_DELIVERY_OUT')).toContainText('Upload pending')
  await expect(cockpit.checklistRow('WMS-3PL')).toContainText('0 of 4')
  // The S/4HANA gateway trusts SAP Cloud Root CA: it accepts the new Client Default without an upload.
  await expect(cockpit.row('BTP_FIN_POSTING')).toContainText('Switch pending')
  await reviewScreenshot(page, 'cockpit-after-issuance', { fullPage: true })

  // Export Client Default (Maintain Client Certificates) and upload it at the external system.
  const pem = await exportCertificatePem(page, 'default-2027-02-01')
  await page.reload()
  await expect(cockpit.checklistRow('WMS-3PL')).toContainText('1 of 4')
  await external.open(warehouse)
  await external.uploadText(pem)
  await expect(external.uploadResult).toContainText('Now trusted: Client Default')
  await external.closeUploadDialog()
  await expect(external.trustedRow(/^(?!.*Expiring).*Client Default/)).toBeVisible()
  await reviewScreenshot(page, 'external-system-page', { fullPage: true })

  await cockpit.open()
  await expect(cockpit.row('BTP_DELIVERY_OUT')).toContainText('Switch pending')
  await expect(cockpit.checklistRow('WMS-3PL')).toContainText('2 of 4')

  // Switch both warehouse users with the bulk action.
  await cockpit.search('WMS-3PL')
  await cockpit.select('BTP_DELIVERY_OUT')
  await cockpit.select('BTP_STOCK_QUERY')
  await cockpit.switchButton.click()
  await expect(cockpit.switchDialog.getByTestId('switch-warning')).toHaveCount(0)
  await cockpit.switchDialog.getByRole('button', { name: 'Switch', exact: true }).click()
  await expect(cockpit.switchDialog.getByTestId('switch-results')).toContainText('Switched')
  await expect(cockpit.switchDialog.locator('ui5-li', { hasText: 'Failed' })).toHaveCount(0)
  await cockpit.switchDialog.getByRole('button', { name: 'Close' }).click()
  await expect(cockpit.row('BTP_DELIVERY_OUT')).toContainText('Done')
  await expect(cockpit.row('BTP_STOCK_QUERY')).toContainText('Done')
  await expect(cockpit.checklistRow('WMS-3PL')).toContainText('3 of 4')

  // Check the connections: the checklist is complete for the warehouse system.
  await checkConnection(page, 'WMS-3PL', 'BTP_DELIVERY_OUT')
  await checkConnection(page, 'WMS-3PL', 'BTP_STOCK_QUERY')
  await page.reload()
  await expect(cockpit.checklistRow('WMS-3PL')).toContainText('4 of 4')
  await cockpit.checklist.scrollIntoViewIfNeeded()
  await reviewScreenshot(page, 'cockpit-checklist')

  // A one-certificate store gets Client Default while its user still presents the expiring one: Broken.
  await external.open(successFactors)
  await page.getByRole('button', { name: 'Upload certificate' }).click()
  await expect(external.replaceWarning).toContainText('one certificate at a time')
  await external.uploadDialog.getByRole('textbox', { name: 'Certificate text' }).fill(pem)
  await external.uploadDialog.getByRole('button', { name: 'Upload', exact: true }).click()
  await expect(external.uploadResult).toContainText('Replaced: 1 certificate')
  await external.closeUploadDialog()
  await cockpit.open()
  await expect(cockpit.row('BTP_HR_REPLICATION')).toContainText('Broken')
  await expect(cockpit.row('BTP_HR_REPLICATION')).toContainText('403 Forbidden')

  // Switching a user whose external system does not trust Client Default yet warns first.
  await cockpit.select('BTP_PO_TRANSFER')
  await cockpit.switchButton.click()
  await expect(cockpit.switchDialog.getByTestId('switch-warning')).toContainText(
    'ariba.example.net',
  )
  await cockpit.switchDialog.getByRole('button', { name: 'Cancel' }).click()
  await reviewScreenshot(page, 'cockpit-midway', { fullPage: true })

  // The rotation migrates the rest; systems that never got Client Default fail with 401 or 403.
  await shell.openTimeTravel()
  await expect(timeTravel.nextEventButton).toHaveAccessibleName('Go to Mar 1, 2027 (Rotation)')
  await timeTravel.goToNextEvent()
  await expect(timeTravel.summary).toContainText(
    /Mar 1, 2027: \d+ users migrated, .*\d+ connections now failing/,
  )
  await timeTravel.close()
  await expect(shell.clock).toHaveText(/^Mar 1, 2027 · Stable/)
  await expect(cockpit.row('BTP_DELIVERY_OUT')).toContainText('OK')
  await expect(cockpit.row('BTP_HR_REPLICATION')).toContainText('OK')
  await expect(cockpit.row('BTP_PAYMENT_RUN')).toContainText('401 Unauthorized')
  await expect(cockpit.row('BTP_PO_TRANSFER')).toContainText('403 Forbidden')
  await cockpit.filterReadiness('Broken')
  await expect(cockpit.row('BTP_DELIVERY_OUT')).toHaveCount(0)
  await expect(cockpit.row('BTP_PAYMENT_RUN')).toContainText('Broken')
  await reviewScreenshot(page, 'cockpit-after-rotation', { fullPage: true })
})

test('when every user is Done the cockpit shows the success state', async ({ page }) => {
  // Three uploads, a reload and thirteen users switched in one run: 17 s on a quiet machine, near
  // 30 s on two busy cores.
  test.setTimeout(60_000)
  await startScenario(page, 'rotation-eve', '#/RotationCockpit-display')
  const cockpit = new RotationCockpitPage(page)
  await expect(cockpit.timeline).toBeVisible()
  await expect(cockpit.successMessage).toHaveCount(0)
  // The last external systems get Client Default; then every remaining user is switched at once.
  const pem = await exportCertificatePem(page, 'default-2027-02-01')
  const report = await readApi<{ rows: { host: string; readiness: string }[] }>(
    page,
    'rotation/readiness',
  )
  const pending = new Set(
    report.rows.filter((row) => row.readiness === 'Upload pending').map((row) => row.host),
  )
  expect(pending.size).toBeGreaterThan(0)
  for (const host of pending) await uploadToExternalSystem(page, host, pem)
  await page.reload()
  // The reloaded report first (no Upload pending is also what an empty page shows): the pinning
  // systems now trust Client Default alone, so their users on Client Default Expiring fail until
  // switched. A selection made before the report arrived would be dropped with the old rows.
  await expect(cockpit.count('Broken')).toBeVisible()
  await expect(cockpit.count('Upload pending')).toHaveCount(0)
  await cockpit.selectAll()
  await cockpit.switchButton.click()
  await cockpit.switchDialog.getByRole('button', { name: 'Switch', exact: true }).click()
  await expect(cockpit.switchDialog.getByTestId('switch-results')).toContainText('Switched')
  await cockpit.switchDialog.getByRole('button', { name: 'Close' }).click()
  await expect(cockpit.successMessage).toBeVisible()
  await expect(cockpit.count('Done')).toBeVisible()
  await reviewScreenshot(page, 'cockpit-all-done', { fullPage: true })
})

test('in German the cockpit shows its sections, readiness, dates and countdown in German', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await useLanguage(page, 'de')
  await startScenario(page, 'halfway', '#/RotationCockpit-display')
  const cockpit = new RotationCockpitPage(page, cockpitTexts.de)
  await expect(cockpit.heading).toBeVisible()
  for (const section of [
    'Status',
    'Arbeitsvorrat Bereitschaft',
    'Checkliste pro Kommunikationssystem',
  ])
    await expect(page.getByRole('heading', { name: section, exact: true })).toBeVisible()

  // Key dates in German format, the countdown in words: 14.02.2027 is 15 days before the rotation.
  const facts = page.getByLabel('Wichtige Termine')
  await expect(facts).toContainText('Überlappung')
  await expect(facts).toContainText('Ausgestellt')
  await expect(facts).toContainText('01.02.2027')
  await expect(facts).toContainText('01.03.2027')
  await expect(cockpit.countdown).toHaveText('Rotation in 15 Tagen')
  await expect(page.getByRole('list', { name: 'Benutzer pro Bereitschaft' })).toContainText(
    'Fehlerhaft: 1',
  )
  await expect(page.getByText(/^1 Verbindung schlägt heute fehl/)).toBeVisible()
  await expect(cockpit.timeline).toBeVisible()
  await expect(cockpit.timeline).toHaveAccessibleName(
    /^Rotationszyklus Heute ist der 14\.02\.2027, Phase Überlappung\./,
  )

  // The worklist: German readiness and HTTP answers; the certificate descriptions stay as SAP maintains them.
  await expect(page.getByRole('columnheader', { name: 'Bereitschaft' })).toBeVisible()
  await expect(cockpit.row('BTP_FIN_POSTING')).toContainText('Erledigt')
  await expect(cockpit.row('BTP_FIN_POSTING')).toContainText('Client Default')
  await expect(cockpit.row('BTP_HR_REPLICATION')).toContainText('Hochladen ausstehend')
  await expect(cockpit.row('BTP_PAYMENT_RUN')).toContainText('Fehlerhaft')
  await expect(cockpit.checklistRow('S4H-FIN-PRD')).toContainText(/\d von 4/)
  await cockpit.filterReadiness('Fehlerhaft')
  await expect(cockpit.row('BTP_FIN_POSTING')).toHaveCount(0)
  await expect(cockpit.row('BTP_PAYMENT_RUN')).toBeVisible()
  await cockpit.filterReadiness('Alle')

  // Switching a user whose external system does not trust Client Default yet warns first, in German.
  await cockpit.select('BTP_HR_REPLICATION')
  await cockpit.switchButton.click()
  await expect(page.getByRole('dialog', { name: 'Auf Client Default umstellen' })).toBeVisible()
  const dialog = cockpit.switchDialog
  await expect(dialog).toContainText('1 Benutzer legt ab jetzt Client Default vor.')
  await expect(dialog.getByTestId('switch-warning')).toContainText(
    'Das externe System von BTP_HR_REPLICATION (api.successfactors.example.com) vertraut Client Default noch nicht.',
  )
  await dialog.getByRole('button', { name: 'Abbrechen' }).click()
  await expect(dialog).toHaveCount(0)

  // Grouped by arrangement, in German.
  await cockpit.groupBy('Kommunikationsvereinbarung')
  await expect(
    page.getByRole('columnheader', { name: 'Kommunikationsvereinbarungen' }),
  ).toBeVisible()
  await expect(cockpit.groupRow('Z_HR_BUSINESS_PARTNER')).toContainText('(1)')
  await expect(cockpit.groupRow('Keiner Kommunikationsvereinbarung zugeordnet')).toBeVisible()
})

test('the worklist groups by communication arrangement or system, and a reload keeps the grouping', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await startScenario(page, 'halfway', '#/RotationCockpit-display')
  const cockpit = new RotationCockpitPage(page)
  await expect(cockpit.row('BTP_HR_REPLICATION')).toContainText('Z_HR_BUSINESS_PARTNER')
  await expect(cockpit.row('BTP_FIN_POSTING')).toContainText('—')

  await cockpit.groupBy('Communication Arrangement')
  await expect(page).toHaveURL(/[?&]group=arrangement/)
  const hrGroup = cockpit.groupRow('Z_HR_BUSINESS_PARTNER')
  await expect(hrGroup).toContainText('(1)')
  await expect(hrGroup.getByRole('link', { name: 'Z_HR_BUSINESS_PARTNER' })).toHaveAttribute(
    'href',
    '#/CommunicationArrangement-maintain/Z_HR_BUSINESS_PARTNER',
  )
  await expect(cockpit.groupRow('Not in a Communication Arrangement')).toBeVisible()
  const groupOf = async (userName: string) => {
    const texts = await cockpit.rowTexts()
    const at = texts.findIndex((text) => text.includes(userName))
    return texts.slice(0, at).findLast((text) => /\(\d+\)/.test(text))
  }
  expect(await groupOf('BTP_HR_REPLICATION')).toContain('Z_HR_BUSINESS_PARTNER')
  expect(await groupOf('BTP_FIN_POSTING')).toContain('Not in a Communication Arrangement')
  // A group collapses and expands again: its users go and come back.
  await hrGroup.getByRole('button').click()
  await expect(cockpit.row('BTP_HR_REPLICATION')).toHaveCount(0)
  await expect(
    hrGroup.getByRole('gridcell', { expanded: false }).filter({ hasText: 'Z_HR_BUSINESS_PARTNER' }),
  ).toHaveCount(1)
  await hrGroup.getByRole('button').click()
  await expect(cockpit.row('BTP_HR_REPLICATION')).toBeVisible()

  // A reload keeps the grouping (it is in the URL, like the filters).
  await page.reload()
  await expect(page.getByRole('combobox', { name: 'Group By' })).toHaveText(
    /Communication Arrangement/,
  )
  await expect(cockpit.groupRow('Z_HR_BUSINESS_PARTNER')).toBeVisible()

  // Grouped by system, each user shows once, under its System ID.
  await cockpit.groupBy('Communication System')
  await expect(page).toHaveURL(/[?&]group=system/)
  await expect(cockpit.groupRow('S4H-FIN-PRD')).toContainText('(2)')
  expect(await groupOf('BTP_FIN_POSTING')).toContain('S4H-FIN-PRD')
  await cockpit.groupBy('None')
  await expect(cockpit.groupRow(/\(\d+\)/)).toHaveCount(0)
  await expect(page).not.toHaveURL(/group=/)
})

test('a user used by two arrangements shows under both, is ticked in both and switched once', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await startScenario(page, 'halfway')
  await createArrangementFor(page, 'Z_CRM_QUOTES', 'CRM-SALES', 'BTP_ACCOUNT_SYNC')
  // A reload: the page's queries did not see the arrangement created behind their back.
  await page.goto('./#/RotationCockpit-display?group=arrangement')
  await page.reload()
  const cockpit = new RotationCockpitPage(page)
  await expect(cockpit.groupRow('Z_CRM_ACCOUNTS')).toContainText('(1)')
  await expect(cockpit.groupRow('Z_CRM_QUOTES')).toContainText('(1)')
  const rows = cockpit.row('BTP_ACCOUNT_SYNC')
  await expect(rows).toHaveCount(2)
  await expect(rows.first()).toContainText('Z_CRM_ACCOUNTS, Z_CRM_QUOTES')

  // Ticked under one arrangement, the user is ticked under the other too: it is one user.
  await rows.first().getByRole('gridcell').first().click()
  for (const row of [rows.first(), rows.last()])
    await expect(row.getByRole('gridcell', { selected: true }).first()).toBeVisible()
  await cockpit.switchButton.click()
  const dialog = cockpit.switchDialog
  await expect(dialog).toContainText('1 user presents Client Default from now on.')
  await dialog.getByRole('button', { name: 'Switch', exact: true }).click()
  await expect(dialog.getByTestId('switch-results').locator('ui5-li')).toHaveCount(1)
  await expect(dialog.getByTestId('switch-results')).toContainText('Switched')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(rows.first()).toContainText('Done')
  await expect(rows.last()).toContainText('Done')
  const changes = await readApi<{ items: { field?: string; objectId: string }[] }>(
    page,
    'events?systemId=CRM-SALES&actor=Administrator',
  )
  expect(changes.items.filter((record) => record.field === 'Client Certificate')).toHaveLength(1)
  await reviewScreenshot(page, 'cockpit-grouped-by-arrangement', { fullPage: true })
})
