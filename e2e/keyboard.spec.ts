import { expect, test } from './fixtures'
import { ClientCertificatesPage } from './pages/client-certificates-page'
import { CommunicationSystemsPage } from './pages/communication-systems-page'
import { certificateId } from './support/backend-api'
import { focusedElement, pressUntilFocused } from './support/keyboard'
import {
  expectFocusBackOn,
  openOutboundUsersSection,
  openSelectAtTop,
  switchToClientDefault,
} from './support/keyboard-steps'
import { startScenario } from './support/seed-steps'

// The seed's step 2 for one system with the keyboard only: no click, no fill. Tab moves between
// controls, arrow keys move inside tables and lists, Enter and Space act.

test('step 2 of the seed with the keyboard only: WMS-3PL’s user switches to Client Default, focus returns to its row', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await startScenario(page, 'new-certificate-issued')
  const app = new CommunicationSystemsPage(page)

  // Launchpad → Communication Systems tile.
  await pressUntilFocused(page, (f) => f.path === 'a' && f.name.startsWith('Communication Systems'))
  await page.keyboard.press('Enter')
  await expect(app.listTitle).toBeFocused()
  await expect(app.systemRow('WMS-3PL')).toBeVisible()

  // Into the table (its header first), then down the rows to the system using the expiring certificate.
  await pressUntilFocused(page, (f) => f.role === 'columnheader')
  await pressUntilFocused(page, (f) => f.name.includes('WMS-3PL'), { key: 'ArrowDown', max: 20 })
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/CommunicationSystem-maintain\/WMS-3PL$/)
  await expect(app.heading('3PL Warehouse Partner')).toBeFocused()
  await expect(app.rows('BTP_STOCK_QUERY')).toBeVisible()

  // Object page → Users for Outbound Communication → the user on Client Default Expiring.
  await openOutboundUsersSection(page)
  await pressUntilFocused(page, (f) => f.role === 'columnheader' && f.name.includes('User Name'))
  await pressUntilFocused(page, (f) => f.name.includes('BTP_STOCK_QUERY'), {
    key: 'ArrowDown',
    max: 10,
  })
  // Enter opens the user's dialog; Client Certificate = Client Default (Space opens the select, an
  // arrow finds the option, Enter takes it); Save; the dialog closes and the focus is back on the row.
  await switchToClientDefault(page, await focusedElement(page))
  await expect(page).toHaveURL(/\/WMS-3PL$/)
  await expect(app.rows('BTP_STOCK_QUERY')).toContainText('Client Default')
})

test('closing the user dialog with Escape or Cancel returns the focus to the row that opened it', async ({
  page,
}) => {
  await startScenario(page, 'new-certificate-issued', '#/CommunicationSystem-maintain/WMS-3PL')
  const app = new CommunicationSystemsPage(page)
  await expect(app.rows('BTP_STOCK_QUERY')).toBeVisible()
  await openOutboundUsersSection(page)
  await pressUntilFocused(page, (f) => f.role === 'columnheader' && f.name.includes('User Name'))
  await pressUntilFocused(page, (f) => f.name.includes('BTP_DELIVERY_OUT'), {
    key: 'ArrowDown',
    max: 10,
  })
  const opener = await focusedElement(page)

  await page.keyboard.press('Enter')
  await expect(app.dialog.getByText('Outbound User BTP_DELIVERY_OUT')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(app.dialog).toHaveCount(0)
  await expect.poll(async () => (await focusedElement(page)).name).toBe(opener.name)

  await page.keyboard.press('Enter')
  await expect(app.dialog.getByText('Outbound User BTP_DELIVERY_OUT')).toBeVisible()
  await pressUntilFocused(page, (f) => f.role === 'button' && f.name === 'Cancel')
  await page.keyboard.press('Enter')
  await expect(app.dialog).toHaveCount(0)
  await expect.poll(async () => (await focusedElement(page)).name).toBe(opener.name)
})

test('an OAuth 2.0 user’s Client Authentication is chosen with the keyboard: Client Secret hides the Client Certificate', async ({
  page,
}) => {
  await startScenario(page, 'new-certificate-issued', '#/CommunicationSystem-maintain/MDG-HUB')
  const app = new CommunicationSystemsPage(page)
  await expect(app.rows('BTP_MDG_REPLICATION')).toBeVisible()
  await openOutboundUsersSection(page)
  await pressUntilFocused(page, (f) => f.role === 'columnheader' && f.name.includes('User Name'))
  const opener = await pressUntilFocused(page, (f) => f.name.includes('BTP_MDG_REPLICATION'), {
    key: 'ArrowDown',
    max: 10,
  })
  await page.keyboard.press('Enter')
  await expect(app.dialogSelect('Client Authentication')).toHaveText('mTLS')
  await expect(app.dialogSelect('Client Certificate')).toHaveText('Client Default Expiring')

  // Tab reaches the labelled select; Space opens it, an arrow and Enter choose Client Secret.
  await pressUntilFocused(page, (f) => f.role === 'combobox' && f.name === 'Client Authentication')
  await openSelectAtTop(page)
  expect((await focusedElement(page)).hostText).toBe('Client Secret')
  await page.keyboard.press('Enter')
  await expect(app.dialogSelect('Client Authentication')).toHaveText('Client Secret')
  await expect(app.dialogSelect('Client Certificate')).toHaveCount(0)

  // And back: mTLS brings the certificate field back with the choice kept.
  await openSelectAtTop(page)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(app.dialogSelect('Client Authentication')).toHaveText('mTLS')
  await expect(app.dialogSelect('Client Certificate')).toHaveText('Client Default Expiring')
  await page.keyboard.press('Escape')
  await expect(app.dialog).toHaveCount(0)
  await expectFocusBackOn(page, opener)
})

test('the Export dialog opens from the keyboard and gives the focus back to Export when it closes', async ({
  page,
}) => {
  await startScenario(page, 'new-certificate-issued')
  const certificates = new ClientCertificatesPage(page)
  await page.goto(`./#/ClientCertificate-maintain/${await certificateId(page, 'Client Default')}`)
  await expect(certificates.title('Client Default')).toBeVisible()

  await pressUntilFocused(page, (f) => f.role === 'button' && f.name === 'Export')
  await page.keyboard.press('Enter')
  await expect(certificates.openDialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(certificates.openDialog).toHaveCount(0)
  await expect.poll(async () => (await focusedElement(page)).name).toBe('Export')
})

test('a new screen gets the focus on its heading, the launchpad on its main region; the first load leaves the focus alone', async ({
  page,
}) => {
  await startScenario(page, 'new-certificate-issued', '#/ClientCertificate-maintain')
  const certificates = new ClientCertificatesPage(page)
  await expect(certificates.row('Client Default')).toBeVisible()
  expect((await focusedElement(page)).path).toBe('body')

  await pressUntilFocused(page, (f) => f.role === 'columnheader')
  await pressUntilFocused(page, (f) => f.role === 'gridcell' && f.name === 'Client Default', {
    key: 'ArrowDown',
    max: 6,
  })
  await page.keyboard.press('Enter')
  await expect(certificates.title('Client Default')).toBeFocused()

  // The breadcrumb back to the list, the ShellBar's logo home.
  await pressUntilFocused(
    page,
    (f) => f.role === 'link' && f.name.startsWith('Maintain Client Certificates'),
    {
      key: 'Shift+Tab',
      max: 10,
    },
  )
  await page.keyboard.press('Enter')
  await expect(certificates.heading).toBeFocused()
  await pressUntilFocused(page, (f) => f.role === 'link' && f.name === 'Rotation Lab, go to Home', {
    key: 'Shift+Tab',
    max: 10,
  })
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main', { name: 'Launchpad' })).toBeFocused()
})
