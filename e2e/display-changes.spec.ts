import { expect, test } from './fixtures'
import { ChangesDialog } from './pages/changes-dialog'
import { useLanguage } from './support/language'
import { openInScenario } from './support/simulation'

// After the rotation of Mar 1, 2027 SAP has migrated every user on Client Default Expiring: the
// change log holds one record per user, the issuance and the old certificate's removal.

test('Display Changes from the list: filtered by Changed By and System ID, kept on reload, a record leads to its user', async ({
  page,
}) => {
  await openInScenario(page, 'after-rotation-nobody-acted', 'CommunicationSystem-maintain')
  const changes = new ChangesDialog(page)
  await page.getByRole('button', { name: 'Display Changes' }).click()
  await expect(changes.dialog.getByText('Changes of Communication Systems')).toBeVisible()
  // Over every system: more than one system's records before filtering.
  await expect(changes.rows.filter({ hasText: 'S4H-FIN-PRD' }).first()).toBeVisible()
  await expect(changes.rows.filter({ hasText: 'SFSF-EC' })).toHaveCount(1)

  await changes.chooseChangedBy('SAP')
  await changes.filterBySystemId('SFSF-EC')
  await expect(page).toHaveURL(/\/CommunicationSystem-maintain\/changes\?.*actor=SAP/)
  await expect(page).toHaveURL(/systemId=SFSF-EC/)
  await expect(changes.rows).toHaveCount(1)
  await expect(changes.rows).toContainText('Mar 1, 2027')
  await expect(changes.rows).toContainText('Users for Outbound Communication')

  // The filters are in the URL: a reload shows the same.
  await page.reload()
  await expect(changes.changedBy).toHaveText('SAP')
  await expect(changes.systemId).toHaveValue('SFSF-EC')
  await expect(changes.rows).toHaveCount(1)

  // Nothing by the administrator at SFSF-EC: the empty state says the filters hide everything.
  await changes.chooseChangedBy('Administrator')
  await expect(changes.dialog.getByText('No changes match the filters.')).toBeVisible()
  await changes.chooseChangedBy('SAP')

  await changes.link('Open Outbound User (SFSF-EC)').click()
  await expect(page).toHaveURL(/\/CommunicationSystem-maintain\/SFSF-EC\/outbound-users\/[^/?]+/)
  await expect(page.getByRole('combobox', { name: 'Client Certificate' })).toBeVisible()
})

test('Display Changes from the object page is that system’s; a certificate record leads to the certificate', async ({
  page,
}) => {
  await openInScenario(page, 'after-rotation-nobody-acted', 'CommunicationSystem-maintain/SFSF-EC')
  const changes = new ChangesDialog(page)
  await page.getByRole('button', { name: 'Display Changes' }).click()
  await expect(changes.dialog.getByText('Changes of SFSF-EC')).toBeVisible()
  await expect(changes.systemId).toHaveValue('SFSF-EC')
  await expect(changes.systemId).not.toBeEditable()
  await expect(changes.rows).toHaveCount(1)
  await expect(page).toHaveURL(/\/SFSF-EC\/changes$/)

  // Over every system, the issuance of Feb 1 names the new Client Default and opens it.
  await page.goto(
    './#/CommunicationSystem-maintain/changes?category=Client%20Certificate&to=2027-02-01',
  )
  await expect(changes.rows).toHaveCount(2)
  await changes.link('Open Client Default').click()
  await expect(page).toHaveURL(/\/ClientCertificate-maintain\/default-2027-02-01$/)
})

test('in German: the filter bar, the categories and the empty state', async ({ page }) => {
  await useLanguage(page, 'de')
  await openInScenario(
    page,
    'after-rotation-nobody-acted',
    'CommunicationSystem-maintain/changes?actor=Administrator&systemId=SFSF-EC',
  )
  const changes = new ChangesDialog(page)
  await expect(changes.dialog.getByText('Änderungen an Kommunikationssystemen')).toBeVisible()
  for (const label of ['Geändert am', 'Geändert von', 'System-ID', 'Änderungskategorie'])
    await expect(changes.dialog.getByRole('search').getByText(label, { exact: true })).toBeVisible()
  await expect(changes.dialog.getByText('Keine Änderungen entsprechen den Filtern.')).toBeVisible()
  await changes.dialog.getByRole('button', { name: 'Filter zurücksetzen' }).click()
  await expect(
    changes.rows.filter({ hasText: 'Benutzer für ausgehende Kommunikation' }).first(),
  ).toBeVisible()
})
