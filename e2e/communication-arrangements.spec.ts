import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { CommunicationArrangementsPage } from './pages/communication-arrangements-page'
import { CommunicationSystemsPage } from './pages/communication-systems-page'
import { changeElsewhere } from './support/backend-api'
import { focusedElement, pressUntilFocused } from './support/keyboard'
import { useLanguage } from './support/language'
import { openInScenario } from './support/simulation'

const replicate = 'Business Partner - Replicate to Client'

async function start(page: Page, hash = 'CommunicationArrangement-maintain') {
  await openInScenario(page, 'new-certificate-issued', hash)
  return new CommunicationArrangementsPage(page)
}

test('from the launchpad: Z_TAX_PARTNERS on Client Default Expiring, Check Connection, switch the user in Communication Systems, check again', async ({
  page,
}) => {
  // Two apps and two checks: ~13 s on an idle machine, 30 s with the other worker busy.
  test.setTimeout(60_000)
  const app = await start(page, '')
  await app.tile.click()
  await expect(app.listTitle).toBeVisible()
  await expect(app.row('Z_TAX_PARTNERS')).toContainText('SAP_COM_0008')
  await expect(app.row('Z_TAX_PARTNERS')).toContainText('TAX-SERVICE')
  await expect(app.row('Z_TAX_PARTNERS')).toContainText('BTP_TAX_CALC')
  await expect(app.row('Z_TAX_PARTNERS')).toContainText('Client Default Expiring')
  // Readiness in the shared words, as the API reports it: the tax engine pins the old certificate.
  await expect(app.row('Z_TAX_PARTNERS')).toContainText('Upload pending')

  await app.openArrangement('Z_TAX_PARTNERS')
  await expect(
    page.getByText('Business Partner, Customer and Supplier Integration').first(),
  ).toBeVisible()
  const userLink = page.getByRole('link', {
    name: 'Open user BTP_TAX_CALC in Communication Systems',
  })
  await expect(userLink).toHaveAttribute(
    'href',
    /#\/CommunicationSystem-maintain\/TAX-SERVICE\/outbound-users\//,
  )
  await expect(
    page.getByRole('link', { name: 'Open TAX-SERVICE in Communication Systems' }),
  ).toBeVisible()

  await app.sectionTab('Outbound Services').click()
  await app.checkConnection(replicate).click()
  const result = app.checkResults.getByRole('status')
  await expect(result).toContainText(`${replicate}: 200 OK`)
  await expect(result).toContainText(
    'Connected: tax.example.io holds Client Default Expiring in its trust store.',
  )

  // The link leads to the user in Communication Systems: switch it to Client Default there.
  await userLink.click()
  await expect(page).toHaveURL(/#\/CommunicationSystem-maintain\/TAX-SERVICE\/outbound-users\//)
  const systems = new CommunicationSystemsPage(page)
  await expect(systems.dialog.getByText('Outbound User BTP_TAX_CALC')).toBeVisible()
  await systems.chooseClientCertificate('Client Default')
  await systems.saveDialog()
  await expect(systems.dialog).toBeHidden()

  // Back in the arrangement: the tax engine pins certificates and was never given the new one.
  await page.goto('./#/CommunicationArrangement-maintain/Z_TAX_PARTNERS')
  await expect(app.heading('Z_TAX_PARTNERS')).toBeVisible()
  await expect(page.getByText('Client Default', { exact: true })).toBeVisible()
  await app.sectionTab('Outbound Services').click()
  await app.checkConnection(replicate).click()
  await expect(result).toContainText(`${replicate}: 401 Unauthorized`)
  await expect(result).toContainText(
    'tax.example.io pins certificates and does not know Client Default',
  )
})

test('search and filters narrow the list and survive a reload', async ({ page }) => {
  const app = await start(page)
  await expect.poll(() => app.namesShown()).toHaveLength(11)
  await app.chooseOption(app.scenarioFilter, /^SAP_COM_0A69/)
  await expect(page).toHaveURL(/scenario=SAP_COM_0A69/)
  await expect.poll(() => app.namesShown()).toEqual(['SAP_COM_0A69'])
  await page.reload()
  await expect(app.listTitle).toBeVisible()
  await expect.poll(() => app.namesShown()).toEqual(['SAP_COM_0A69'])
  await expect(app.row('SAP_COM_0A69')).toContainText('MDG-HUB')

  await app.openList('?certificate=nothing-uses-this')
  await expect(page.getByText('No communication arrangements match the filters.')).toBeVisible()
  await app.openList('?search=Z_TAX')
  await expect.poll(() => app.namesShown()).toEqual(['Z_TAX_PARTNERS'])
})

test('New: a refusal shows on Communication System, then Z_WMS_TEST is created and opens', async ({
  page,
}) => {
  const app = await start(page)
  await app.button('New').click()
  const scenario = app.dialogCombobox('Communication Scenario')
  const name = app.dialogField('Arrangement Name')
  const system = app.dialogCombobox('Communication System')

  // SAP_COM_0464 wants a User Name and Password user; WMS-3PL has only certificate users.
  await app.fillValueHelp('Communication Scenario', 'SAP_COM_0464')
  await expect(name).toHaveValue('SAP_COM_0464')
  // The landscape has an SAP_COM_0464 already: the name of this one must differ.
  await name.fill('Z_WMS_RFC')
  await app.fillValueHelp('Communication System', 'WMS-3PL')
  await app.dialog.getByRole('button', { name: 'Create', exact: true }).click()
  await expect
    .poll(() => app.valueStateOf(system))
    .toMatch(
      /^Negative: Communication system WMS-3PL has no user for outbound communication that SAP_COM_0464 accepts/,
    )
  expect(await app.valueStateOf(scenario)).toBe('None: ')

  // An invalid name is refused before any request, by the contract's rule.
  await app.fillValueHelp('Communication Scenario', 'SAP_COM_0008')
  await name.fill('z wms')
  await expect(name).toHaveValue('Z WMS')
  await app.dialog.getByRole('button', { name: 'Create', exact: true }).click()
  await expect.poll(() => app.valueStateOf(name)).toMatch(/^Negative: Use capital letters/)

  await name.fill('Z_WMS_TEST')
  await app.dialog.getByRole('button', { name: 'Create', exact: true }).click()
  await expect(app.heading('Z_WMS_TEST')).toBeVisible()
  await expect(page).toHaveURL(/#\/CommunicationArrangement-maintain\/Z_WMS_TEST$/)
  // Without a user named, the API took the system's first one the scenario accepts.
  await expect(
    page.getByRole('link', { name: 'Open user BTP_DELIVERY_OUT in Communication Systems' }),
  ).toBeVisible()
})

test('Edit: an inactive service cannot be checked; a change made meanwhile offers Reload', async ({
  page,
}) => {
  const app = await start(page, 'CommunicationArrangement-maintain/Z_TAX_PARTNERS')
  await expect(app.heading('Z_TAX_PARTNERS')).toBeVisible()
  await app.button('Edit').click()
  await expect(app.checkConnection(replicate)).toBeDisabled()
  await app.serviceSwitch(replicate).click()
  await expect(app.serviceRow(replicate)).toContainText('Inactive')
  await app.button('Save').click()
  await expect(app.button('Edit')).toBeVisible()
  await expect(app.serviceRow(replicate)).toContainText('Inactive')
  await expect(app.checkConnection(replicate)).toBeDisabled()
  await expect(app.checkConnection('Business Partner - Send Confirmation to Client')).toBeEnabled()

  // Another tab switches it back meanwhile: Save must not overwrite that silently.
  await app.button('Edit').click()
  await app.serviceSwitch('Business Partner - Send Confirmation to Client').click()
  await changeElsewhere(page, 'communication-arrangements/Z_TAX_PARTNERS', {
    services: [{ id: 'BP_REPLICATE', active: true }],
  })
  await app.button('Save').click()
  const conflict = page
    .getByRole('alert')
    .filter({ hasText: 'changed this communication arrangement meanwhile' })
  await expect(conflict).toBeVisible()
  await conflict.getByRole('button', { name: 'Reload' }).click()
  await expect(conflict).toBeHidden()
  await app.button('Cancel').click()
  await expect(app.serviceRow(replicate)).toContainText('Active')
  await expect(app.checkConnection(replicate)).toBeEnabled()
})

test('Delete asks first, on the object page and in the list', async ({ page }) => {
  const app = await start(page, 'CommunicationArrangement-maintain/Z_TAX_PARTNERS')
  await expect(app.heading('Z_TAX_PARTNERS')).toBeVisible()
  await app.button('Delete').click()
  const box = app.messageBox('Delete')
  await expect(box).toContainText('Delete the communication arrangement Z_TAX_PARTNERS?')
  await box.getByRole('button', { name: 'Cancel' }).click()
  await expect(app.heading('Z_TAX_PARTNERS')).toBeVisible()
  await app.button('Delete').click()
  await box.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(app.listTitle).toBeVisible()
  await expect.poll(() => app.namesShown()).not.toContain('Z_TAX_PARTNERS')

  await app.selectRow('Z_EDI_ORDERS')
  await app.button('Delete').click()
  await expect(box).toContainText('Delete the communication arrangement Z_EDI_ORDERS?')
  await box.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect.poll(() => app.namesShown()).not.toContain('Z_EDI_ORDERS')
  await expect.poll(() => app.namesShown()).toHaveLength(9)

  // The deleted one's old URL says it is gone.
  await app.page.goto('./#/CommunicationArrangement-maintain/Z_TAX_PARTNERS')
  await expect(page.getByText('Communication arrangement not found')).toBeVisible()
})

test('in German: the list, its columns and the scenario filter', async ({ page }) => {
  await useLanguage(page, 'de')
  await openInScenario(page, 'new-certificate-issued', 'CommunicationArrangement-maintain')
  const app = new CommunicationArrangementsPage(page, {
    title: 'Kommunikationsvereinbarungen',
    search: 'Suchen',
    scenario: 'Kommunikationsszenario',
    certificate: 'Clientzertifikat',
  })
  await expect(app.listTitle).toBeVisible()
  for (const header of [
    'Vereinbarungsname',
    'Kommunikationsszenario',
    'Kommunikationssystem',
    'Ausgehender Benutzer',
    'Clientzertifikat',
  ])
    await expect(page.getByRole('columnheader', { name: header })).toBeVisible()
  await expect(app.row('Z_TAX_PARTNERS')).toContainText('Hochladen ausstehend')
  await app.chooseOption(app.scenarioFilter, /^SAP_COM_0464/)
  await expect.poll(() => app.namesShown()).toEqual(['SAP_COM_0464'])
  await app.openArrangement('SAP_COM_0464')
  await expect(app.sectionTab('Ausgehende Services')).toBeVisible()
  await expect(
    page.getByRole('button', { name: /^Verbindung von .* prüfen$/ }).first(),
  ).toBeVisible()
})

test('by keyboard alone: open an arrangement from the list and check a service connection', async ({
  page,
}) => {
  const app = await start(page)
  await expect(app.row('Z_TAX_PARTNERS')).toBeVisible()
  await pressUntilFocused(page, (f) => f.role === 'columnheader')
  await pressUntilFocused(page, (f) => f.name.includes('Z_TAX_PARTNERS'), {
    key: 'ArrowDown',
    max: 20,
  })
  await page.keyboard.press('Enter')
  await expect(app.heading('Z_TAX_PARTNERS')).toBeVisible()
  // Tab reaches the services table; arrows move through its cells, F2 enters the Check cell.
  await pressUntilFocused(
    page,
    (f) => f.path.endsWith('ui5-table-row') && f.name.startsWith(replicate),
  )
  await pressUntilFocused(page, (f) => f.role === 'gridcell' && f.name === 'Check Connection', {
    key: 'ArrowRight',
    max: 6,
  })
  await page.keyboard.press('F2')
  expect((await focusedElement(page)).name).toBe(`Check Connection of ${replicate}`)
  await page.keyboard.press('Enter')
  await expect(app.checkResults.getByRole('status')).toContainText(`${replicate}: 200 OK`)
})
