import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ExternalSystemsPage, externalSystemsTexts } from './pages/external-systems'
import { SapTrustCenterPage } from './pages/sap-trust-center'
import { useLanguage } from './support/language'
import { exportCertificatePem, readApi, startScenario } from './support/seed-steps'
import { reviewScreenshot } from './support/review-screenshot'

type Store = { trustStore: { fingerprintSha256: string }[] }
const sfsf = 'api.successfactors.example.com'
// The sample landscape's two systems that trust issuers: S/4HANA holds SAP's root, the hub does not.
const finance = 's4h-fin.example.com'
const hub = 'mdg.example.com'
const rootCn = 'SAP Cloud Root CA (simulated)'

/** The SAP Cloud Root CA as an administrator downloads it from the SAP Trust Center. */
async function sapRootPem(page: Page): Promise<string> {
  const pem = await readApi<string>(
    page,
    'sap-trust-center/certificates/sap-cloud-root-ca/export?format=pem',
  )
  expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----/)
  return pem
}

test('the list shows every external system with trust mode, capacity, rejection code and trusted certificates', async ({
  page,
}) => {
  await startScenario(page, 'before-issuance', '#/ExternalSystem-maintain')
  const external = new ExternalSystemsPage(page)
  const row = (host: string) => external.list.getByRole('row').filter({ hasText: host })
  await expect(row(sfsf)).toContainText('Pinned Certificate')
  await expect(row(sfsf)).toContainText('one certificate at a time')
  await expect(row(sfsf)).toContainText('403 Forbidden')
  await expect(row(finance)).toContainText('Trusted Issuer')
  await expect(row(hub)).toContainText('Trusted Issuer')
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
  await reviewScreenshot(page, 'external-system-upload-refused')
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
  await expect(page.getByRole('columnheader', { name: 'Vertrauensmodus' })).toBeVisible()
  const row = external.list.getByRole('row').filter({ hasText: sfsf })
  await expect(row).toContainText('Festes Zertifikat')
  await expect(row).toContainText('jeweils ein Zertifikat')
  await expect(row).toContainText('403 Verboten')
  await external.list.getByRole('link', { name: sfsf }).click()

  await expect(page.getByText('lehnt ab mit 403 Verboten')).toBeVisible()
  await expect(external.setting('trustMode')).toHaveText('Festes Zertifikat')
  await expect(external.setting('trustMode')).toHaveAccessibleDescription(
    /Nur die in den Trust Store hochgeladenen Clientzertifikate zählen/,
  )
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
  await expect(external.uploadHelp).toContainText(`${sfsf} pinnt Zertifikate`)
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

test('a system that trusts SAP’s root shows it as its CA; one that trusts issuers without a CA says to upload the root', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await startScenario(page, 'before-issuance')
  const external = new ExternalSystemsPage(page)
  await external.open(finance)
  await expect(page.getByText(/Trusted Issuer · accepts several certificates/)).toBeVisible()
  await expect(external.setting('trustMode')).toHaveText('Trusted Issuer')
  await expect(external.setting('trustMode')).toHaveAccessibleDescription(
    /chains to a CA certificate in the trust store/,
  )
  await expect(external.trustedRow(rootCn)).toContainText('CA certificate')
  await expect(external.noCaNotice).toHaveCount(0)
  // Both users connect through the root: removing it warns of both.
  await external
    .trustedRow(rootCn)
    .getByRole('button', { name: /^Remove/ })
    .click()
  await expect(external.removeDialog.getByTestId('remove-warning')).toContainText(
    /BTP_FIN_POSTING.*BTP_FIN_MASTERDATA.*chain to this CA/,
  )
  await external.removeDialog.getByRole('button', { name: 'Cancel' }).click()

  await external.open(hub)
  await expect(external.heading(hub)).toBeVisible()
  await expect(external.trustedRow(/Client Default/)).toContainText('Client certificate')
  await expect(external.noCaNotice).toContainText(
    `${hub} trusts issuers but holds no CA certificate`,
  )
  await external.uploadButton.click()
  await expect(external.uploadHelp).toContainText(
    `${hub} trusts issuers: upload the SAP Cloud Root CA from the SAP Trust Center once`,
  )
  await external.closeUploadDialog()
  await reviewScreenshot(page, 'external-system-trusts-issuers')
  await external.noCaNotice.getByRole('link', { name: 'Get it from the SAP Trust Center' }).click()
  await expect(new SapTrustCenterPage(page).heading).toBeVisible()
})

test('switching a system to pinning keeps its CA certificate unused, and the choice stays after a reload', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await startScenario(page, 'before-issuance')
  const external = new ExternalSystemsPage(page)
  await external.open(finance)
  await external.chooseSetting('trustMode', 'Pinned Certificate')
  await expect(external.trustedRow(rootCn)).toContainText(
    'CA certificate, not used while this system pins certificates',
  )
  await expect(external.setting('trustMode')).toHaveAccessibleDescription(
    /Only the client certificates uploaded to the trust store count/,
  )
  expect(await readApi(page, `external-systems/${finance}`)).toMatchObject({
    trustMode: 'PinnedCertificate',
  })
  await external.uploadButton.click()
  await expect(external.uploadHelp).toContainText(
    `${finance} pins certificates: upload the client certificate itself`,
  )
  await external.closeUploadDialog()

  await page.reload()
  await expect(external.setting('trustMode')).toHaveText('Pinned Certificate')
  await expect(page.getByText(/Pinned Certificate · accepts several certificates/)).toBeVisible()
  await expect(external.trustedRow(rootCn)).toContainText('not used while this system pins')
  await reviewScreenshot(page, 'external-system-pins-with-ca')

  await external.chooseSetting('trustMode', 'Trusted Issuer')
  await expect(external.trustedRow(rootCn)).not.toContainText('not used')
  await external.openList()
  await expect(external.list.getByRole('row').filter({ hasText: finance })).toContainText(
    'Trusted Issuer',
  )
})

test('the SAP Cloud Root CA is refused with its reason where the system pins, and trusted as CA where it trusts issuers', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await startScenario(page, 'before-issuance')
  const pem = await sapRootPem(page)
  const external = new ExternalSystemsPage(page)
  await external.open(sfsf)
  const before = await readApi<Store>(page, `external-systems/${sfsf}`)
  await external.uploadText(pem)
  await expect(external.uploadError).toContainText(
    `The file holds only CA certificates, and ${sfsf} pins certificates: upload the client certificate itself (e.g. Client Default, exported from Maintain Client Certificates), or set its trust mode to Trusted Issuer to trust a CA such as the SAP Cloud Root CA.`,
  )
  await external.closeUploadDialog()
  expect(await readApi<Store>(page, `external-systems/${sfsf}`)).toEqual(before)

  await external.open(hub)
  await expect(external.noCaNotice).toBeVisible()
  await external.uploadText(pem)
  await expect(external.uploadResult).toContainText(
    `Now trusted as issuer: CA certificate ${rootCn}. Every client certificate that chains to it is accepted.`,
  )
  await external.closeUploadDialog()
  await expect(external.trustedRow(rootCn)).toContainText('CA certificate')
  await expect(external.trustedRows).toHaveCount(2)
  await expect(external.noCaNotice).toHaveCount(0)
  const store = await readApi<{ trustStore: { subject: string; isCa: boolean }[] }>(
    page,
    `external-systems/${hub}`,
  )
  expect(store.trustStore).toContainEqual(
    expect.objectContaining({ subject: expect.stringContaining(rootCn), isCa: true }),
  )
})

test('a refused trust mode change says why, and the Select shows the stored mode again', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await startScenario(page, 'before-issuance')
  const external = new ExternalSystemsPage(page)
  await external.open(hub)
  await expect(external.setting('trustMode')).toHaveText('Trusted Issuer')
  // Only the save fails (reads go on), as when the simulated server refuses a PATCH.
  await page.evaluate(() => {
    const realFetch = window.fetch.bind(window)
    window.fetch = async (input, init) =>
      init?.method === 'PATCH'
        ? new Response(
            JSON.stringify({ error: { code: 'InternalError', message: 'Injected: not saved.' } }),
            { status: 500, headers: { 'Content-Type': 'application/json' } },
          )
        : realFetch(input, init)
  })
  await external.chooseSetting('trustMode', 'Pinned Certificate')
  await expect(page.getByText('Injected: not saved.')).toBeVisible()
  await expect(external.setting('trustMode')).toHaveText('Trusted Issuer')
  await expect(external.setting('trustMode')).toBeEnabled()
  expect(await readApi(page, `external-systems/${hub}`)).toMatchObject({
    trustMode: 'TrustedIssuer',
  })
})
