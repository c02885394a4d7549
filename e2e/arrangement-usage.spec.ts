import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { CommunicationArrangementsPage } from './pages/communication-arrangements-page'
import { CommunicationSystemsPage } from './pages/communication-systems-page'
import { backendStarted } from './support/backend-ready'
import { useLanguage } from './support/language'
import { openInScenario } from './support/simulation'

// Where an arrangement shows up outside its app (issue 15): the certificate's where-used and the
// system's object page; and the rotation walk through an arrangement in German.

const CLIENT_DEFAULT = 'default-2027-02-01'

/** A new partner system whose one user presents Client Default, made as another administrator would. */
async function createPartnerSystem(page: Page) {
  await backendStarted(page)
  const status = await page.evaluate(
    async (certificateId) =>
      (
        await fetch('api/communication-systems', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            systemId: 'NEW-PARTNER',
            systemName: 'New Partner',
            hostName: 'new-partner.example.com',
            outboundUsers: [
              {
                userName: 'BTP_NEW_PARTNER',
                authenticationMethod: 'SSL Client Certificate',
                clientCertificateId: certificateId,
              },
            ],
          }),
        })
      ).status,
    CLIENT_DEFAULT,
  )
  expect(status, 'POST api/communication-systems').toBe(201)
}

test('an arrangement for a new system shows in the certificate’s where-used and on the system, until it is deleted', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await openInScenario(page, 'new-certificate-issued', 'CommunicationArrangement-maintain')
  await createPartnerSystem(page)
  const app = new CommunicationArrangementsPage(page)
  await app.button('New').click()
  // Moving on before the scenario's suggestions open — to the name, and on to the system: the opening
  // list must not pull the focus, and the typing, back into the value help, nor send it to the field
  // the user passed through.
  const scenario = app.dialogCombobox('Communication Scenario')
  const name = app.dialogField('Arrangement Name')
  const system = app.dialogCombobox('Communication System')
  await app.valueHelpLoaded('Communication Scenario')
  const listOpened = scenario.evaluate(
    (input) =>
      new Promise<void>((resolve) => {
        const comboBox = (input.getRootNode() as ShadowRoot).host
        comboBox.addEventListener('open', () => setTimeout(resolve), { once: true })
      }),
  )
  await scenario.fill('SAP_COM_0008')
  await name.focus()
  await system.focus()
  await listOpened
  await expect(system).toBeFocused()
  await name.focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('Z_NEW_PARTNER')
  await expect(name).toHaveValue('Z_NEW_PARTNER')
  await expect(scenario).toHaveValue('SAP_COM_0008')
  await app.fillValueHelp('Communication System', 'NEW-PARTNER')
  await app.dialog.getByRole('button', { name: 'Create', exact: true }).click()
  await expect(app.heading('Z_NEW_PARTNER')).toBeVisible()

  // Maintain Client Certificates: Client Default is used in this arrangement, by its user.
  await page.goto(`./#/ClientCertificate-maintain/${CLIENT_DEFAULT}`)
  const usage = page.getByRole('grid', { name: 'Communication Arrangements' })
  await expect(usage.getByRole('link', { name: 'Z_NEW_PARTNER' })).toBeVisible()
  await expect(usage).toContainText(
    'SAP_COM_0008 – Business Partner, Customer and Supplier Integration',
  )
  await expect(usage.getByRole('link', { name: 'BTP_NEW_PARTNER of NEW-PARTNER' })).toBeVisible()

  // The system's object page lists it too.
  await page.goto('./#/CommunicationSystem-maintain/NEW-PARTNER')
  // UI5's list items are slotted into the list's shadow root: found by their own role and name.
  await expect(
    page.getByRole('listitem', { name: /^Z_NEW_PARTNER SAP_COM_0008 – Business Partner/ }),
  ).toBeVisible()

  // From the where-used link to the arrangement, and Delete it there.
  await page.goto(`./#/ClientCertificate-maintain/${CLIENT_DEFAULT}`)
  await usage.getByRole('link', { name: 'Z_NEW_PARTNER' }).click()
  await expect(app.heading('Z_NEW_PARTNER')).toBeVisible()
  await app.button('Delete').click()
  const box = app.messageBox('Delete')
  await expect(box).toContainText('Delete the communication arrangement Z_NEW_PARTNER?')
  await box.getByRole('button', { name: 'Delete', exact: true }).click()
  // On the list (the object page's own tables have rows too), without the arrangement.
  await expect(app.listTitle).toBeVisible()
  await expect.poll(() => app.namesShown()).not.toContain('Z_NEW_PARTNER')

  await page.goto(`./#/ClientCertificate-maintain/${CLIENT_DEFAULT}`)
  await expect(page.getByText('No communication arrangement uses this certificate.')).toBeVisible()
  await page.goto('./#/CommunicationSystem-maintain/NEW-PARTNER')
  await expect(page.getByText('No communication arrangement uses this system.')).toBeVisible()
})

test('in German: Check Connection on an outbound service, switch its user in Kommunikationssysteme, check again', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await useLanguage(page, 'de')
  await openInScenario(
    page,
    'new-certificate-issued',
    'CommunicationArrangement-maintain/Z_TAX_PARTNERS',
  )
  await expect(
    page.getByRole('heading', { name: 'Z_TAX_PARTNERS', exact: true, level: 1 }),
  ).toBeVisible()
  const service = 'Business Partner - Replicate to Client'
  const check = page.getByRole('button', { name: `Verbindung von ${service} prüfen` })
  const result = page
    .getByRole('group', { name: 'Ergebnisse der Verbindungsprüfung' })
    .getByRole('status')
  await page.getByRole('tab', { name: 'Ausgehende Services' }).click()
  await check.click()
  await expect(result).toContainText(`${service}: 200 OK`)

  await page
    .getByRole('link', { name: 'Benutzer BTP_TAX_CALC in Kommunikationssysteme öffnen' })
    .click()
  const systems = new CommunicationSystemsPage(page)
  await expect(systems.dialogSelect('Clientzertifikat')).toHaveText('Client Default Expiring')
  await systems.dialogSelect('Clientzertifikat').click()
  await page.getByRole('option', { name: /^Client Default (gültig bis|valid to)/ }).click()
  await expect(systems.dialogSelect('Clientzertifikat')).toHaveText('Client Default')
  await systems.dialogButton('Sichern').click()
  await expect(systems.dialog).toHaveCount(0)

  await page.goto('./#/CommunicationArrangement-maintain/Z_TAX_PARTNERS')
  await page.getByRole('tab', { name: 'Ausgehende Services' }).click()
  await check.click()
  // The tax engine pins certificates and was never given the new one.
  await expect(result).toContainText(`${service}: 401 Unauthorized`)
})
