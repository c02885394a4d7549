import { expect, test } from './fixtures'
import { CommunicationSystemsPage } from './pages/communication-systems-page'
import { CustomerCaPage } from './pages/customer-ca'
import { ExternalSystemsPage } from './pages/external-systems'
import { RotationCockpitPage } from './pages/rotation-cockpit'
import { ShellBarPage } from './pages/shell-bar'
import {
  createSigningRequest,
  setCertificateCategory,
  signingRequestPem,
  uploadSignedCertificate,
} from './support/customer-certificates'
import { advanceClock, startScenario } from './support/seed-steps'

// Issue 16's rehearsal: a customer certificate from the company's own CA (simulated), which SAP's
// default rotation never touches. Maintain Client Certificates' own clicks are tested in
// client-certificates.spec.ts; here its steps are set up through the API, and everything else is clicked.

const DESCRIPTION = 'EDI Gateway (own CA)'
const ROOT = 'CN=Customer Root CA (simulated), O=Example Customer'
const SUBJECT = 'CN=edi-client.example.com, O=Example Corp'
const SYSTEM = 'EDI-GATEWAY'
const USER = 'BTP_EDI_DESADV'
const HOST = 'edi.example.com'

test('rehearsal: sign the request with the customer CA, switch a user, trust the root; two rotations leave the user alone', async ({
  page,
}) => {
  // Many steps, each a few seconds on a busy machine.
  test.setTimeout(180_000)
  await startScenario(page, 'halfway')
  const id = await createSigningRequest(page, DESCRIPTION, {
    CN: 'edi-client.example.com',
    O: 'Example Corp',
  })
  const csr = await signingRequestPem(page, id)

  // External Systems → Customer Root CA (simulated): the root, and the request signed.
  const externalSystems = new ExternalSystemsPage(page)
  const customerCa = new CustomerCaPage(page)
  await externalSystems.openList()
  await customerCa.listButton.click()
  await expect(page).toHaveURL(/#\/ExternalSystem-maintain\/customer-root-ca$/)
  await expect(customerCa.heading).toBeVisible()
  await expect(customerCa.rootSection).toContainText(`Subject${ROOT}`)
  await expect(customerCa.rootSection).toContainText('Valid FromFeb 14, 2027')
  await expect(customerCa.rootSection).toContainText(
    /SHA-256 Fingerprint([0-9A-F]{2}:){31}[0-9A-F]{2}/,
  )
  const root = await customerCa.downloadRoot()
  expect(root.fileName).toBe('customer-root-ca-simulated.pem')
  expect(root.text.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(1)

  await customerCa.sign({ name: `${id}.csr.pem`, buffer: Buffer.from(csr) })
  await expect(customerCa.signResult).toContainText(`Signed: ${SUBJECT}, valid to Feb 14, 2029.`)
  await expect(customerCa.signedCertificate).toContainText(`Issuer${ROOT}`)
  await expect(customerCa.signedCertificate).toContainText('Valid FromFeb 14, 2027')
  const signed = await customerCa.downloadSigned()
  expect(signed.fileName).toBe('signed-certificate.pem')
  expect(signed.text.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(2)
  expect(signed.text).not.toMatch(/PRIVATE KEY/)

  // Maintain Client Certificates' upload, through the API: Valid, but not usable until its category is set.
  await uploadSignedCertificate(page, id, signed.text)
  // The page's certificate list may be younger than its staleTime: it did not see the upload.
  await page.reload()
  const systems = new CommunicationSystemsPage(page)
  await systems.openList()
  await systems.openSystem(SYSTEM)
  await systems.goToSection('Users for Outbound Communication')
  await systems.openOutboundUser(USER)
  const notOffered = systems.dialog.getByTestId('certificate-not-usable')
  await expect(notOffered).toContainText(`${DESCRIPTION}`)
  await expect(notOffered).toContainText('Certificate Category Not Assigned')
  await systems.dialogSelect('Client Certificate').click()
  await expect(page.getByRole('option', { name: /^Client Default / }).first()).toBeVisible()
  await expect(
    page.getByRole('option', { name: new RegExp(`^${DESCRIPTION.replace(/[()]/g, '\\$&')}`) }),
  ).toHaveCount(0)
  await page.keyboard.press('Escape')
  await systems.closeDialog()

  // The category set (Maintain Client Certificates' edit, through the API): now the value help offers it.
  await setCertificateCategory(page, id, 'Client Default for ABAP on BTP')
  // The page's queries did not see the change made behind their back.
  await page.reload()
  await systems.goToSection('Users for Outbound Communication')
  await systems.switchOutboundUser(USER, DESCRIPTION)
  await expect(systems.outboundUserCertificate(USER, DESCRIPTION)).toBeVisible()

  // The EDI gateway pins certificates: it is told to trust issuers, and given the customer root.
  await externalSystems.open(HOST)
  await externalSystems.chooseSetting('trustMode', 'Trusted Issuer')
  await expect(externalSystems.setting('trustMode')).toHaveText('Trusted Issuer')
  await externalSystems.uploadFile({
    name: root.fileName,
    mimeType: 'application/x-pem-file',
    buffer: Buffer.from(root.text),
  })
  await expect(externalSystems.uploadResult).toContainText('Customer Root CA (simulated)')
  await externalSystems.closeUploadDialog()

  await systems.openList()
  await systems.openSystem(SYSTEM)
  await systems.goToSection('Users for Outbound Communication')
  await systems.checkConnection(USER)
  await expect(systems.connectionResult).toContainText('200 OK')
  await systems.closeDialog()

  // Past two rotations (Mar 1 and Sep 1, 2027): the user still presents the customer certificate.
  await advanceClock(page, { to: '2027-03-01' })
  await advanceClock(page, { to: '2027-09-15' })
  // The page's queries did not see the clock move behind their back.
  await page.reload()
  await expect(new ShellBarPage(page).clock).toHaveText(/^Sep 15, 2027/)
  await systems.openList()
  await systems.openSystem(SYSTEM)
  expect(await systems.outboundUsersOn(DESCRIPTION)).toContain(USER)
  await systems.checkConnection(USER)
  await expect(systems.connectionResult).toContainText('200 OK')
  await systems.closeDialog()

  // The cockpit: Not affected, counted and filterable, with why.
  const cockpit = new RotationCockpitPage(page)
  await cockpit.open()
  await expect(cockpit.row(USER)).toContainText('Not affected')
  await expect(cockpit.row(USER)).toContainText(DESCRIPTION)
  await expect(cockpit.count('Not affected')).toContainText('Not affected: 2')
  await expect(page.getByTestId('not-affected-strip')).toContainText(
    "2 users present a customer certificate: SAP's default rotation does not change it.",
  )
  await cockpit.filterReadiness('Not affected')
  await expect(cockpit.row(USER)).toBeVisible()
  await expect(cockpit.row('BTP_EDI_ORDERS')).toBeVisible()
  await expect(cockpit.row('BTP_MDG_REPLICATION')).toHaveCount(0)
})

test('Sign a Request refuses what is not an intact request, in the API’s words', async ({
  page,
}) => {
  await startScenario(page, 'halfway')
  const id = await createSigningRequest(page, DESCRIPTION, { CN: 'edi-client.example.com' })
  const csr = await signingRequestPem(page, id)
  const customerCa = new CustomerCaPage(page)
  await customerCa.goto()

  await customerCa.sign({
    name: 'notes.pem',
    buffer: Buffer.from('these are my notes, not a request'),
  })
  await expect(customerCa.signError).toContainText('The file is not a certificate signing request.')
  await expect(customerCa.signResult).toHaveCount(0)

  await customerCa.sign({ name: 'tampered.csr', buffer: tampered(csr) })
  await expect(customerCa.signError).toContainText(
    "The signing request's signature does not verify",
  )

  const root = await customerCa.downloadRoot()
  await customerCa.sign({ name: 'root.pem', buffer: Buffer.from(root.text) })
  await expect(customerCa.signError).toContainText(
    'The file is a certificate, not a signing request',
  )

  // The intact request is signed: nothing of the refusals stays.
  await customerCa.sign({ name: 'request.csr', buffer: Buffer.from(csr) })
  await expect(customerCa.signResult).toContainText('Signed: CN=edi-client.example.com')
  await expect(customerCa.signError).toHaveCount(0)
})

test('the cockpit warns when a customer certificate expires within 60 days, in the API’s words', async ({
  page,
}) => {
  // The sample's EDI Gateway Client Certificate (BTP_EDI_ORDERS) is valid to May 31, 2028.
  await startScenario(page, 'halfway')
  await advanceClock(page, { to: '2028-04-15' })
  const cockpit = new RotationCockpitPage(page)
  await cockpit.open()
  await page.reload()
  await expect(new ShellBarPage(page).clock).toHaveText(/^Apr 15, 2028/)
  await cockpit.search('EDI-GATEWAY')
  await expect(cockpit.row('BTP_EDI_ORDERS')).toContainText('Not affected')
  await expect(cockpit.row('BTP_EDI_ORDERS')).toContainText('expires in 46 days')
  await expect(page.getByTestId('customer-certificate-warnings')).toContainText(
    'EDI-GATEWAY / BTP_EDI_ORDERS: Certificate EDI Gateway Client Certificate (customer-1) expires on 2028-05-31, in 46 days.',
  )
  // A user on SAP's default carries no such warning.
  await expect(cockpit.row('BTP_EDI_DESADV')).not.toContainText('expires in')

  // Switch to Client Default leaves a user on a customer certificate where it is.
  await cockpit.select('BTP_EDI_ORDERS')
  await cockpit.switchButton.click()
  await expect(cockpit.switchDialog).toContainText(
    '1 selected presents a customer certificate and keeps it.',
  )
  await expect(
    cockpit.switchDialog.getByRole('button', { name: 'Switch', exact: true }),
  ).toBeDisabled()
  await cockpit.switchDialog.getByRole('button', { name: 'Cancel' }).click()
})

/** The request as DER with the last byte of its signature changed: readable, but its signature fails. */
function tampered(pem: string): Buffer {
  const der = Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64')
  der.writeUInt8(der.readUInt8(der.length - 1) ^ 0x01, der.length - 1)
  return der
}
