import type { BrowserContext, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { CommunicationSystemsPage } from './pages/communication-systems-page'
import { openInScenario } from './support/simulation'

// Two tabs of one browser share the simulated backend (IndexedDB); a save in one reaches the
// other over the change feed, which refetches what the other tab shows. A dialog that is open in
// the other tab must still save (or delete) on top of what it showed, never on top of the refetch.

// Two tabs on a shared two-core machine: more time than one tab needs.
test.describe.configure({ timeout: 90_000 })

const SYSTEM = 'EDI-GATEWAY'
const USER = 'BTP_EDI_DESADV'

/** Tab A with the user's dialog open on Client Default Expiring, and tab B on the same system. */
async function twoTabs(page: Page, context: BrowserContext) {
  await openInScenario(page, 'new-certificate-issued', `CommunicationSystem-maintain/${SYSTEM}`)
  const tabA = new CommunicationSystemsPage(page)
  await tabA.goToSection('Users for Outbound Communication')
  await tabA.openOutboundUser(USER)
  await expect(tabA.dialogSelect('Client Certificate')).toHaveText('Client Default Expiring')

  const tabB = new CommunicationSystemsPage(await context.newPage())
  await tabB.page.goto(`./#/CommunicationSystem-maintain/${SYSTEM}`)
  await tabB.goToSection('Users for Outbound Communication')
  return { tabA, tabB }
}

/**
 * Tab B switches the user to Client Default; tab A's page (behind its dialog) follows. Each tab is
 * brought to the front before it is used, as a user would (a background tab renders no frames).
 */
async function switchInTabB(tabA: CommunicationSystemsPage, tabB: CommunicationSystemsPage) {
  await tabB.page.bringToFront()
  await tabB.switchOutboundUser(USER, 'Client Default')
  await expect(tabB.outboundUserCertificate(USER, 'Client Default')).toBeVisible()
  // The change feed refetched tab A's system: its live version is now tab B's.
  await expect(tabA.outboundUserCertificate(USER, 'Client Default')).toBeVisible()
  await tabA.page.bringToFront()
  // The dialog still shows what it was opened with.
  await expect(tabA.dialogSelect('Client Certificate')).toHaveText('Client Default Expiring')
}

/** What the backend holds, read in tab B from a fresh load (not from a refetch that may still come). */
async function expectTabBStillOnClientDefault(
  tabA: CommunicationSystemsPage,
  tabB: CommunicationSystemsPage,
) {
  await tabB.page.bringToFront()
  await tabB.page.reload()
  await tabB.goToSection('Users for Outbound Communication')
  await expect(tabB.outboundUserCertificate(USER, 'Client Default')).toBeVisible()
  await tabA.page.bringToFront()
}

test('an unchanged dialog saved after another tab changed the user closes without undoing that change', async ({
  page,
  context,
}) => {
  const { tabA, tabB } = await twoTabs(page, context)
  await switchInTabB(tabA, tabB)

  await tabA.saveDialog()
  await expect(tabA.dialog).toHaveCount(0)
  await expect(tabA.outboundUserCertificate(USER, 'Client Default')).toBeVisible()
  await expectTabBStillOnClientDefault(tabA, tabB)
})

test('a save on top of another tab’s change says the system changed meanwhile; Reload keeps the entries', async ({
  page,
  context,
}) => {
  const { tabA, tabB } = await twoTabs(page, context)
  await tabA.dialogField('User Name').fill('BTP_EDI_DESPATCH')
  await switchInTabB(tabA, tabB)

  await tabA.saveDialog()
  await expect(tabA.dialogProblem).toContainText(
    "This system was changed meanwhile (in another tab or by SAP's rotation)",
  )
  await expect(tabA.dialogField('User Name')).toHaveValue('BTP_EDI_DESPATCH')
  // Nothing of tab A's old values was written: tab B's certificate and name stand.
  await expectTabBStillOnClientDefault(tabA, tabB)

  // Reload: the dialog shows tab B's certificate and keeps what was typed here.
  await tabA.dialogProblem.getByRole('button', { name: 'Reload' }).click()
  await expect(tabA.dialogProblem).toHaveCount(0)
  await expect(tabA.dialogSelect('Client Certificate')).toHaveText('Client Default')
  await expect(tabA.dialogField('User Name')).toHaveValue('BTP_EDI_DESPATCH')
  await tabA.saveDialog()
  await expect(tabA.dialog).toHaveCount(0)
  await expect(tabA.outboundUserCertificate('BTP_EDI_DESPATCH', 'Client Default')).toBeVisible()
})

test('a Delete decided on what another tab has changed meanwhile is refused until Reload', async ({
  page,
  context,
}) => {
  const { tabA, tabB } = await twoTabs(page, context)
  await switchInTabB(tabA, tabB)

  await tabA.deleteInDialog(USER)
  await expect(tabA.dialogProblem).toContainText(
    "Not deleted: this system was changed meanwhile (in another tab or by SAP's rotation)",
  )
  await expect(tabA.dialog.getByText(`Outbound User ${USER}`)).toBeVisible()
  await expectTabBStillOnClientDefault(tabA, tabB)

  // After Reload the administrator sees tab B's change and may decide again.
  await tabA.dialogProblem.getByRole('button', { name: 'Reload' }).click()
  await expect(tabA.dialogSelect('Client Certificate')).toHaveText('Client Default')
  await tabA.deleteInDialog(USER)
  await expect(tabA.dialog).toHaveCount(0)
  await expect(tabA.rows(USER)).toHaveCount(0)
})
