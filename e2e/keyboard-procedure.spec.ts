import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ClientCertificatesPage } from './pages/client-certificates-page'
import { CommunicationSystemsPage } from './pages/communication-systems-page'
import { ExternalSystemsPage } from './pages/external-systems'
import { RotationCockpitPage } from './pages/rotation-cockpit'
import { ShellBarPage } from './pages/shell-bar'
import { TimeTravelDialogPage } from './pages/time-travel-dialog'
import { pressUntilFocused, type FocusedElement } from './support/keyboard'
import {
  expectFocusBackOn,
  isBreadcrumb,
  isButton,
  isLink,
  isTile,
  openOutboundUsersSection,
  openSelectAtTop,
  switchToClientDefault,
} from './support/keyboard-steps'
import { startScenario } from './support/seed-steps'

// The seed's whole procedure (docs: default-client-certificate-renewal) with the keyboard only: no
// click, no fill. Tab moves between controls, the arrow keys move inside tables, radio groups and
// lists, Enter and Space act, Escape closes; the PEM text is typed into the upload dialog. Every
// dialog gives the focus back to what opened it; every new screen gets the focus on its heading.

/** The ShellBar's logo leads home; the focus lands on the launchpad. */
async function goHome(page: Page) {
  await pressUntilFocused(page, isLink('Rotation Lab, go to Home'), { key: 'Shift+Tab' })
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main', { name: 'Launchpad' })).toBeFocused()
}

async function openTile(page: Page, title: string) {
  await pressUntilFocused(page, isTile(title))
  await page.keyboard.press('Enter')
}

/** Into the table (its header is its one Tab stop), down its first column to the row `isRow` names. */
async function focusRow(page: Page, isRow: (name: string) => boolean) {
  await pressUntilFocused(page, (f) => f.role === 'columnheader')
  await pressUntilFocused(page, (f) => f.role === 'gridcell' && isRow(f.name), {
    key: 'ArrowDown',
    max: 20,
  })
}

/** The ShellBar's clock opens Time travel; the next event moves the clock; Escape closes it. */
async function travelToNextEvent(page: Page, event: string, summary: string) {
  const timeTravel = new TimeTravelDialogPage(page)
  await pressUntilFocused(page, (f) => f.name.startsWith('Simulated date'), { key: 'Shift+Tab' })
  await page.keyboard.press('Enter')
  await expect(timeTravel.nextEventButton).toBeFocused()
  await expect(timeTravel.nextEventButton).toHaveAccessibleName(event)
  await page.keyboard.press('Enter')
  await expect(timeTravel.summary).toContainText(summary)
  await expect(timeTravel.nextEventButton).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(timeTravel.root).toHaveCount(0)
  await expect(new ShellBarPage(page).clock).toBeFocused()
}

/** Export on the object page, .pem (the format chosen first), Export: a real download. */
async function exportPem(page: Page): Promise<string> {
  const certificates = new ClientCertificatesPage(page)
  await pressUntilFocused(page, isButton('Export'))
  await page.keyboard.press('Enter')
  await expect(certificates.formatOption('X.509 Certificate (.pem)')).toBeChecked()
  await pressUntilFocused(page, isButton('Export'))
  const download = page.waitForEvent('download')
  await page.keyboard.press('Enter')
  expect((await download).suggestedFilename()).toMatch(/\.pem$/)
  await expect(certificates.openDialog).toHaveCount(0)
  await expect(certificates.exportButton).toBeFocused()
  return readFile(await (await download).path(), 'utf8')
}

/** Upload certificate, the PEM typed into the text field, Upload, Close. */
async function uploadPastedText(page: Page, pem: string) {
  const external = new ExternalSystemsPage(page)
  await pressUntilFocused(page, isButton('Upload certificate'))
  await page.keyboard.press('Enter')
  await pressUntilFocused(page, (f) => f.name === 'Certificate text')
  await page.keyboard.insertText(pem)
  await pressUntilFocused(page, isButton('Upload'))
  await page.keyboard.press('Enter')
  await expect(external.uploadResult).toContainText('Client Default')
  await expect(external.uploadDialogButton('Close')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(external.uploadDialog).toHaveCount(0)
  await expect(external.uploadButton).toBeFocused()
}

/** The user's dialog again: Check Connection answers 200 OK; Escape closes. */
async function checkConnection(page: Page, user: FocusedElement) {
  const systems = new CommunicationSystemsPage(page)
  await page.keyboard.press('Enter')
  await pressUntilFocused(page, isButton('Check Connection'))
  await page.keyboard.press('Enter')
  await expect(systems.connectionResult).toContainText('200 OK')
  await page.keyboard.press('Escape')
  await expect(systems.dialog).toHaveCount(0)
  await expectFocusBackOn(page, user)
}

/** The breadcrumb back to the Communication Systems list, filtered by the certificate `description`. */
async function backToSystemsOn(page: Page, description: string) {
  const systems = new CommunicationSystemsPage(page)
  await pressUntilFocused(page, isBreadcrumb('Communication Systems'), { key: 'Shift+Tab' })
  await page.keyboard.press('Enter')
  await expect(systems.listTitle).toBeFocused()
  await pressUntilFocused(page, (f) => f.role === 'combobox' && f.name === 'Client Certificate')
  await openSelectAtTop(page)
  await pressUntilFocused(page, (f) => f.role === 'option' && f.hostText === description, {
    key: 'ArrowDown',
    max: 6,
  })
  await page.keyboard.press('Enter')
  await expect(systems.certificateFilterStrip).toContainText(description)
}

test('the seed’s whole procedure with the keyboard only, from the issuance to a rotation that breaks nothing', async ({
  page,
}) => {
  // About two and a half minutes (every app's sections are tab stops); more when the machine is busy.
  test.setTimeout(300_000)
  await startScenario(page, 'before-issuance')
  const shell = new ShellBarPage(page)
  const certificates = new ClientCertificatesPage(page)
  const external = new ExternalSystemsPage(page)
  const systems = new CommunicationSystemsPage(page)
  const cockpit = new RotationCockpitPage(page)

  // February 1: SAP issues a new Client Default; the old one is now Client Default Expiring.
  await travelToNextEvent(page, 'Go to Feb 1, 2027 (Issuance)', 'Feb 1, 2027: 1 certificate issued')
  await expect(shell.clock).toHaveText(/^Feb 1, 2027 · Overlap/)

  // 1. Maintain Client Certificates: export the new Client Default.
  await openTile(page, 'Maintain Client Certificates')
  await expect(certificates.heading).toBeFocused()
  await focusRow(page, (name) => name === 'Client Default')
  await page.keyboard.press('Enter')
  await expect(certificates.title('Client Default')).toBeFocused()
  const pem = await exportPem(page)
  expect(pem).toContain('-----BEGIN CERTIFICATE-----')

  // 1. External Systems: upload it at every external system, pasted as text.
  await goHome(page)
  await openTile(page, 'External Systems')
  for (const host of await external.hosts()) {
    await pressUntilFocused(page, isLink(host))
    await page.keyboard.press('Enter')
    await expect(external.heading(host)).toBeFocused()
    await uploadPastedText(page, pem)
    await expect(external.trustedRow(/^(?!.*Expiring).*Client Default/)).toBeVisible()
    await pressUntilFocused(page, isLink('External Systems'), { key: 'Shift+Tab' })
    await page.keyboard.press('Enter')
    await expect(external.listHeading).toBeFocused()
  }

  // 2. Maintain Client Certificates shows which systems use Client Default Expiring.
  await goHome(page)
  await openTile(page, 'Maintain Client Certificates')
  await pressUntilFocused(page, isLink('Show Systems Using Client Default Expiring'))
  await page.keyboard.press('Enter')
  await expect(systems.listTitle).toBeFocused()
  await expect(systems.certificateFilterStrip).toContainText('Client Default Expiring')
  await expect(systems.rows('Client Default Expiring').first()).toBeVisible()
  const systemsOnExpiring = await systems.systemsShown()
  expect(systemsOnExpiring.length).toBeGreaterThan(0)

  // 2. Communication Systems: each user on Client Default Expiring switches to Client Default, and
  // its connection works. Back in the list, the filter shows the systems left.
  for (const { systemId, systemName } of systemsOnExpiring) {
    await focusRow(page, (name) => name.includes(systemId))
    await page.keyboard.press('Enter')
    await expect(systems.heading(systemName)).toBeFocused()
    await openOutboundUsersSection(page)
    const users = await systems.outboundUserNamesOn('Client Default Expiring')
    expect(users.length).toBeGreaterThan(0)
    await pressUntilFocused(page, (f) => f.role === 'columnheader' && f.name.includes('User Name'))
    for (const userName of users) {
      const user = await pressUntilFocused(page, (f) => f.name.includes(userName), {
        key: 'ArrowDown',
        max: 10,
      })
      await switchToClientDefault(page, user)
      await expect(systems.rows(userName)).not.toContainText('Client Default Expiring')
      await checkConnection(page, user)
    }
    await backToSystemsOn(page, 'Client Default Expiring')
    await expect(systems.systemRow(systemId)).toHaveCount(0)
  }
  await expect(page.getByText('No communication systems match the filters.')).toBeVisible()

  // Nothing is left to do: the cockpit says so.
  await goHome(page)
  await openTile(page, 'Rotation Cockpit')
  await expect(cockpit.heading).toBeFocused()
  await expect(cockpit.count('Done')).toBeVisible()
  for (const left of ['Upload pending', 'Switch pending', 'Broken'])
    await expect(cockpit.count(left)).toHaveCount(0)

  // March 1: the rotation removes Client Default Expiring, and every connection still works.
  await travelToNextEvent(page, 'Go to Mar 1, 2027 (Rotation)', 'Mar 1, 2027: ')
  await expect(shell.clock).toHaveText(/^Mar 1, 2027 · Stable/)
  await expect(cockpit.count('OK')).toBeVisible()
  await expect(cockpit.count('Broken')).toHaveCount(0)
})
