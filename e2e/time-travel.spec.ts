import { expect, test } from './fixtures'
import { ShellBarPage } from './pages/shell-bar'
import { TimeTravelDialogPage } from './pages/time-travel-dialog'
import { readApi, startScenario } from './support/seed-steps'
import { reviewScreenshot } from './support/review-screenshot'

test('time travel to the next event issues the certificate and the shell shows the overlap', async ({
  page,
}) => {
  await startScenario(page, 'before-issuance')
  const shell = new ShellBarPage(page)
  await expect(shell.clock).toHaveText('Jan 25, 2027 · Stable — issuance in 7 days')
  // The cockpit's tile reads the readiness: all 12 certificate users are fine before the issuance.
  await expect(
    page.getByRole('link', { name: /Rotation Cockpit .* 13 of 13 users ready/ }),
  ).toBeVisible()
  await reviewScreenshot(page, 'shell-clock')

  await shell.openTimeTravel()
  const dialog = new TimeTravelDialogPage(page)
  await expect(dialog.nextEventButton).toHaveAccessibleName('Go to Feb 1, 2027 (Issuance)')
  await dialog.goToNextEvent()
  await expect(dialog.summary).toContainText('Feb 1, 2027: 1 certificate issued')
  await expect(shell.clock).toHaveText('Feb 1, 2027 · Overlap — rotation in 28 days')
  await expect(dialog.nextEventButton).toHaveAccessibleName('Go to Mar 1, 2027 (Rotation)')
  await reviewScreenshot(page, 'time-travel-dialog')
  await dialog.close()

  // The issuance is announced in the ShellBar and leads to the new certificate.
  await shell.openNotifications()
  await expect(shell.notification(/New Client Default issued on Feb 1, 2027/)).toBeVisible()
  await reviewScreenshot(page, 'shell-notifications')
  await shell.notification(/New Client Default issued/).click()
  await expect(page).toHaveURL(/#\/ClientCertificate-maintain\/default-2027-02-01$/)
})

test('going back in time is refused with the API’s reason, and nothing moves', async ({ page }) => {
  await startScenario(page, 'halfway')
  const shell = new ShellBarPage(page)
  await expect(shell.clock).toHaveText('Feb 14, 2027 · Overlap — rotation in 15 days')
  await shell.openTimeTravel()
  const dialog = new TimeTravelDialogPage(page)
  await dialog.goToDate('Jan 10, 2027')
  await expect(dialog.refusal).toContainText('only moves forward')
  await expect(dialog.dateField).toHaveAttribute('value-state', 'Negative')
  expect(await readApi(page, 'clock')).toMatchObject({ today: '2027-02-14' })
  await expect(shell.clock).toHaveText(/^Feb 14, 2027/)
})

test('moving by days and resetting a scenario refresh the shell', async ({ page }) => {
  await startScenario(page, 'before-issuance')
  const shell = new ShellBarPage(page)
  await shell.openTimeTravel()
  const dialog = new TimeTravelDialogPage(page)
  await dialog.goForwardDays(3)
  await expect(dialog.summary).toContainText('Jan 28, 2027: no issuance or rotation on the way')
  await expect(shell.clock).toHaveText('Jan 28, 2027 · Stable — issuance in 4 days')

  await dialog.root.getByRole('combobox', { name: 'Scenario' }).click()
  await page.getByRole('option', { name: 'Rotation eve' }).click()
  await dialog.root.getByRole('button', { name: 'Reset' }).click()
  const confirm = page.locator('ui5-dialog[open][header-text="Reset the simulation?"]')
  await confirm.getByRole('button', { name: 'Reset' }).click()
  await expect(shell.clock).toHaveText('Feb 28, 2027 · Overlap — rotation tomorrow')
})
