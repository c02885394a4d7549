import { expect, test } from './fixtures'
import { ExternalSystemsPage } from './pages/external-systems'
import { readApi, startScenario } from './support/seed-steps'

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
  await external.chooseSetting('Rejection Code', '401 Unauthorized')
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
