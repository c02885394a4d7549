import { expect, test } from './fixtures'
import { ExternalSystemsPage, externalSystemsTexts } from './pages/external-systems'
import { useLanguage } from './support/language'
import { exportCertificatePem, readApi, startScenario } from './support/seed-steps'

type Store = { trustStore: { fingerprintSha256: string }[] }
const sfsf = 'api.successfactors.example.com'

test('the list shows every external system with capacity, rejection code and trusted certificates', async ({
  page,
}) => {
  await startScenario(page, 'before-issuance', '#/ExternalSystem-maintain')
  const external = new ExternalSystemsPage(page)
  const row = external.list.getByRole('row').filter({ hasText: sfsf })
  await expect(row).toContainText('one certificate at a time')
  await expect(row).toContainText('403 Forbidden')
  await external.list.getByRole('link', { name: sfsf }).click()
  await expect(page).toHaveURL(new RegExp(`#/ExternalSystem-maintain/${sfsf}$`))
  await expect(external.trustedRow(/Client Default/)).toBeVisible()
})

test('a garbage upload or a private key is refused with the API’s message, and the trust store is unchanged', async ({
  page,
}) => {
  await startScenario(page, 'new-certificate-issued')
  const external = new ExternalSystemsPage(page)
  await external.open(sfsf)
  const before = await readApi<Store>(page, `external-systems/${sfsf}`)

  await external.uploadText('this is not a certificate')
  await expect(external.uploadError).toBeVisible()
  await expect(external.uploadError).not.toHaveText('')
  await page.screenshot({ path: 'test-results/external-system-upload-refused.png' })
  await external.closeUploadDialog()

  await external.uploadFile({
    name: 'key.pem',
    mimeType: 'application/x-pem-file',
    buffer: Buffer.from(
      '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n',
    ),
  })
  await expect(external.uploadError).toContainText(/private key/i)
  await external.closeUploadDialog()

  expect(await readApi<Store>(page, `external-systems/${sfsf}`)).toEqual(before)
  await expect(external.trustedRows).toHaveCount(before.trustStore.length)
})

test('settings change through the API, and removing a certificate still presented warns first', async ({
  page,
}) => {
  await startScenario(page, 'before-issuance')
  const external = new ExternalSystemsPage(page)
  await external.open(sfsf)
  await external.chooseSetting('rejectionCode', '401 Unauthorized')
  await expect(page.getByText(/rejects with 401 Unauthorized/)).toBeVisible()
  expect(await readApi(page, `external-systems/${sfsf}`)).toMatchObject({ rejectionCode: 401 })

  await external
    .trustedRow(/Client Default/)
    .getByRole('button', { name: /^Remove/ })
    .click()
  await expect(external.removeDialog.getByTestId('remove-warning')).toContainText(
    'BTP_HR_REPLICATION',
  )
  await external.removeDialog.getByRole('button', { name: 'Remove', exact: true }).click()
  await expect(external.removeDialog).toHaveCount(0)
  expect(await readApi<Store>(page, `external-systems/${sfsf}`)).toMatchObject({ trustStore: [] })
})

test('in German the list, the object page and the upload dialog speak German', async ({ page }) => {
  test.setTimeout(60_000)
  await useLanguage(page, 'de')
  await startScenario(page, 'new-certificate-issued', '#/ExternalSystem-maintain')
  const external = new ExternalSystemsPage(page, externalSystemsTexts.de)
  await expect(page.getByRole('heading', { name: 'Externe Systeme' })).toBeVisible()
  await expect(page.getByRole('columnheader', { name: 'Ablehnungscode' })).toBeVisible()
  const row = external.list.getByRole('row').filter({ hasText: sfsf })
  await expect(row).toContainText('jeweils ein Zertifikat')
  await expect(row).toContainText('403 Verboten')
  await external.list.getByRole('link', { name: sfsf }).click()

  await expect(page.getByText('lehnt ab mit 403 Verboten')).toBeVisible()
  for (const section of [
    'Einstellungen',
    'Trust Store',
    'Verbindungsprotokoll',
    'Kommunikationssysteme',
  ])
    await expect(page.getByRole('heading', { name: section, exact: true })).toBeVisible()
  await expect(
    page.getByRole('heading', { name: 'Vertrauenswürdige Zertifikate (1)' }),
  ).toBeVisible()
  await expect(page.getByRole('columnheader', { name: 'Gültig ab' })).toBeVisible()
  await expect(external.trustedRows.first()).toContainText(/\d{2}\.\d{2}\.\d{4}/)

  // The upload dialog: German labels and warning; the API's refusal of garbage stays English.
  await external.uploadButton.click()
  await expect(page.getByRole('dialog', { name: 'Zertifikat hochladen' })).toBeVisible()
  // Its content is slotted into the dialog's shadow root: found from the ui5-dialog element.
  const dialog = external.uploadDialog
  await expect(external.replaceWarning).toContainText(
    `${sfsf} akzeptiert jeweils nur ein Zertifikat: Das Hochladen ersetzt Client Default Expiring.`,
  )
  await expect(dialog.getByText('Oder Zertifikat einfügen (PEM-Text)')).toBeVisible()
  await dialog.getByRole('textbox', { name: 'Zertifikatstext' }).fill('this is not a certificate')
  await dialog.getByRole('button', { name: 'Hochladen', exact: true }).click()
  await expect(external.uploadError).toBeVisible()
  await dialog.getByRole('button', { name: 'Abbrechen' }).click()

  const pem = await exportCertificatePem(page, 'default-2027-02-01')
  await external.uploadText(pem)
  await expect(external.uploadResult).toContainText(
    'Jetzt vertrauenswürdig: Client Default. Ersetzt: 1 Zertifikat.',
  )
  await dialog.getByRole('button', { name: 'Schließen' }).click()
  await expect(dialog).toHaveCount(0)

  await external.chooseSetting('rejectionCode', '401 Nicht autorisiert')
  await expect(page.getByText('lehnt ab mit 401 Nicht autorisiert')).toBeVisible()
  await external
    .trustedRow(/Client Default/)
    .getByRole('button', { name: / entfernen$/ })
    .click()
  await expect(external.removeDialog).toContainText('(Seriennummer')
  await external.removeDialog.getByRole('button', { name: 'Abbrechen' }).click()
  await expect(external.removeDialog).toHaveCount(0)
})
