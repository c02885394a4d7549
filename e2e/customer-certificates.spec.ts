import { expect, test } from './fixtures'
import { ClientCertificatesPage } from './pages/client-certificates-page'
import { CustomerCertificatesPage } from './pages/customer-certificates'
import { certificateId, changeElsewhere } from './support/backend-api'
import {
  createSigningRequest,
  signWithCustomerCa,
  switchOutboundUser,
} from './support/customer-certificates'
import { useLanguage } from './support/language'
import { opensslPkcs12, opensslSigningRequest } from './support/openssl'
import { openInScenario } from './support/simulation'

// Issue 16: a customer's own certificates in Maintain Client Certificates, through the screens.
// The simulated day of this scenario is Feb 1, 2027.
const app = 'ClientCertificate-maintain'
const scenario = 'new-certificate-issued'
const simulatedToday = '2027-02-01'

const pem = (name: string, text: string) => ({
  name,
  mimeType: 'application/x-pem-file',
  buffer: Buffer.from(text),
})
const user = { systemId: 'WMS-3PL', userName: 'BTP_STOCK_QUERY' }

test('create a signing request, have it signed, upload it, set the category, replace it, delete it once no user presents it', async ({
  page,
}) => {
  // Two signings, two uploads and the full life of an entry on a busy two-core machine.
  test.setTimeout(120_000)
  await openInScenario(page, scenario, app)
  const list = new ClientCertificatesPage(page)
  const customer = new CustomerCertificatesPage(page)

  await test.step('Create: the API refuses a country name on its field, then accepts DE', async () => {
    await customer.action('Create').click()
    const create = customer.dialog('Create Client Certificate')
    await customer.field(create, 'Description').fill('Partner Gateway Client')
    await customer.field(create, 'Common Name (CN)').fill('gateway.example.com')
    await customer.field(create, 'Organization (O)').fill('Example Corp')
    await customer.field(create, 'Country (C)').fill('Germany')
    await create.getByRole('button', { name: 'Create', exact: true }).click()
    await expect
      .poll(() => customer.valueStateOf(customer.field(create, 'Country (C)')))
      .toMatch(/^Negative: The country \(C\) must be a two-letter ISO 3166 code/)
    await expect(create).toBeVisible()
    await customer.field(create, 'Country (C)').fill('DE')
    await create.getByRole('button', { name: 'Create', exact: true }).click()
    await expect(list.title('Partner Gateway Client')).toBeVisible()
  })
  const id = page.url().split(`${app}/`)[1] ?? ''
  expect(id).toMatch(/^customer-\d+$/)

  await test.step('a request alone: its pending request and what to do next, no certificate fields', async () => {
    await expect(page.getByText('Signing Request Created').first()).toBeVisible()
    await expect(customer.pendingRequest).toContainText(
      'Signing Request Created on Feb 1, 2027 for CN=gateway.example.com',
    )
    await expect(customer.pendingRequest).toContainText(
      'Download the signing request, have it signed, then upload the signed certificate.',
    )
    await expect(list.sha256Fingerprint).toHaveCount(0)
  })

  const request = await test.step('Download Signing Request', async () => {
    const downloaded = await customer.downloadSigningRequest()
    expect(downloaded.fileName).toBe(`${id}.csr.pem`)
    expect(downloaded.text.startsWith('-----BEGIN CERTIFICATE REQUEST-----')).toBe(true)
    return downloaded.text
  })

  await test.step('Upload Signed Certificate: one for another key is refused, the dialog stays', async () => {
    const foreign = await signWithCustomerCa(page, opensslSigningRequest('other.example.com'))
    await customer.action('Upload Signed Certificate').click()
    const upload = customer.dialog('Upload Signed Certificate')
    await customer.chooseFile(upload, pem('other.pem', foreign))
    await upload.getByRole('button', { name: 'Upload', exact: true }).click()
    await expect(upload.getByRole('alert')).toContainText(
      "was issued for a different key than this signing request's",
    )

    const signed = await signWithCustomerCa(page, request)
    await customer.chooseFile(upload, pem('signed-certificate.pem', signed))
    await upload.getByRole('button', { name: 'Upload', exact: true }).click()
    await expect(upload).toBeHidden()
    await expect(page.getByText('Valid', { exact: true }).first()).toBeVisible()
    await expect(page.getByText('Customer Root CA (simulated)').first()).toBeVisible()
    await expect(list.sha256Fingerprint).toHaveText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
    await expect(customer.pendingRequest).toHaveCount(0)
  })

  await test.step('Edit: Certificate Category Client Default for ABAP on BTP', async () => {
    await customer.action('Edit').click()
    await customer.chooseCategory('Client Default for ABAP on BTP')
    await customer.action('Save').click()
    await expect(page.getByText('Changes saved')).toBeVisible()
    await expect(customer.action('Edit')).toBeVisible()
    await expect(
      page.getByText('Client Default for ABAP on BTP', { exact: true }).first(),
    ).toBeVisible()
  })

  const fingerprint = await list.sha256Fingerprint.textContent()
  await switchOutboundUser(page, { ...user, certificateId: id })
  await page.reload()
  await expect(list.outboundUserLink(user.userName, user.systemId)).toBeVisible()

  await test.step('Replace: a new request is pending, the current certificate stays', async () => {
    await customer.action('Replace').click()
    await customer.confirm('Replace Client Certificate', 'Replace')
    await expect(customer.pendingRequest).toContainText('Signing Request Created on Feb 1, 2027')
    await expect(customer.pendingRequest).toContainText(
      'The current certificate stays in use until the signed certificate is uploaded.',
    )
    await expect(list.sha256Fingerprint).toHaveText(fingerprint ?? '')
    await expect(customer.action('Download Signing Request')).toBeVisible()
  })

  await test.step('Delete is refused while a user presents it, and says who', async () => {
    await customer.action('Delete').click()
    await customer.confirm('Delete', 'Delete')
    await expect(page.getByRole('alert').filter({ hasText: 'Not deleted.' })).toContainText(
      `${user.systemId}/${user.userName}`,
    )
    await expect(list.title('Partner Gateway Client')).toBeVisible()
  })

  await test.step('after the user is switched away, Delete goes through', async () => {
    await switchOutboundUser(page, {
      ...user,
      certificateId: await certificateId(page, 'Client Default'),
    })
    await customer.action('Delete').click()
    await customer.confirm('Delete', 'Delete')
    await expect(list.heading).toBeVisible()
    await expect(list.row('Client Default')).toBeVisible()
    await expect(list.row('Partner Gateway Client')).toHaveCount(0)
  })
})

test('Edit: a refusal shows on Certificate Category; a change made meanwhile offers Reload', async ({
  page,
}) => {
  // A scenario start and RSA key generation in the backend: seconds each on a busy two-core machine.
  test.setTimeout(60_000)
  await openInScenario(page, scenario, app)
  const customer = new CustomerCertificatesPage(page)
  const id = await createSigningRequest(page, 'Request Only', { CN: 'request.example.com' })
  await page.goto(`./#/${app}/${id}`)
  await expect(customer.pendingRequest).toBeVisible()

  // A request alone cannot be put to use: the API says so on the field.
  await customer.action('Edit').click()
  await customer.chooseCategory('Client Default for ABAP on BTP')
  await customer.action('Save').click()
  await expect.poll(() => customer.valueStateOf(customer.categorySelect)).toMatch(/^Negative: .+/)
  await page.getByRole('button', { name: 'Cancel', exact: true }).click()

  await customer.action('Edit').click()
  await customer.field(page, 'Description').fill('Mine')
  await changeElsewhere(page, `client-certificates/${id}`, { description: 'Theirs' })
  await customer.action('Save').click()
  const conflict = page.getByRole('alert').filter({ hasText: 'changed meanwhile' })
  await expect(conflict).toBeVisible()
  await conflict.getByRole('button', { name: 'Reload' }).click()
  await expect(customer.field(page, 'Description')).toHaveValue('Theirs')
})

test('Upload PKCS #12: a wrong password is refused on the field, the right one opens the entry', async ({
  page,
}) => {
  // A scenario start and RSA key generation in the backend: seconds each on a busy two-core machine.
  test.setTimeout(60_000)
  // openssl 3.0 cannot backdate: its certificate starts on the real day and must cover the simulated one.
  expect(
    new Date().toISOString().slice(0, 10) <= simulatedToday,
    'real day before the simulated one',
  ).toBe(true)
  const p12 = opensslPkcs12('p12-client.example.com', 'right-password')
  await openInScenario(page, scenario, app)
  const list = new ClientCertificatesPage(page)
  const customer = new CustomerCertificatesPage(page)
  await customer.action('Upload PKCS #12').click()
  const upload = customer.dialog('Upload PKCS #12')
  await customer.chooseFile(upload, {
    name: 'client.p12',
    mimeType: 'application/x-pkcs12',
    buffer: p12,
  })
  await customer.field(upload, 'Password').fill('wrong-password')
  await customer.field(upload, 'Description').fill('Imported Client')
  await upload.getByRole('button', { name: 'Upload', exact: true }).click()
  await expect
    .poll(() => customer.valueStateOf(customer.field(upload, 'Password')))
    .toMatch(/^Negative: The password is wrong/)
  await expect(upload.getByRole('alert')).toContainText('The password is wrong')

  await customer.field(upload, 'Password').fill('right-password')
  await upload.getByRole('button', { name: 'Upload', exact: true }).click()
  await expect(list.title('Imported Client')).toBeVisible()
  await expect(page.getByText('p12-client.example.com').first()).toBeVisible()
  await expect(page.getByText('Not Assigned', { exact: true }).first()).toBeVisible()
})

test('SAP certificates cannot be deleted from the list: Delete is off and says why', async ({
  page,
}) => {
  await openInScenario(page, scenario, app)
  const list = new ClientCertificatesPage(page)
  const customer = new CustomerCertificatesPage(page)
  await list.cell(list.row('Client Default'), 'Selection').click()
  await expect(customer.action('Delete')).toBeDisabled()
  await expect(customer.action('Delete')).toHaveAttribute(
    'title',
    /Certificates managed by SAP cannot be deleted/,
  )
  await expect(list.cell(list.row('Client Default'), 'Certificate Category')).toHaveText(
    'Client Default for ABAP on BTP',
  )
})

test('the Create dialog speaks German', async ({ page }) => {
  await useLanguage(page, 'de')
  await openInScenario(page, scenario, app)
  const customer = new CustomerCertificatesPage(page)
  await page.getByRole('button', { name: 'Anlegen', exact: true }).click()
  const create = customer.dialog('Clientzertifikat anlegen')
  for (const label of ['Beschreibung', 'Allgemeiner Name (CN)', 'Organisation (O)', 'Land (C)']) {
    await expect(customer.field(create, label)).toBeVisible()
  }
  await expect(create.getByRole('button', { name: 'Abbrechen', exact: true })).toBeVisible()
})
