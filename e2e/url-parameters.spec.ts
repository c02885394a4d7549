import { expect, test } from './fixtures'
import { CommunicationSystemsPage } from './pages/communication-systems-page'
import { ShellBarPage } from './pages/shell-bar'
import { advanceClock } from './support/seed-steps'

test('?scenario&date open a screen in that scenario on that day, once', async ({ page }) => {
  await page.goto('./?scenario=new-certificate-issued&date=2027-02-10&replace=1#/CommunicationSystem-maintain')
  const shell = new ShellBarPage(page)
  const systems = new CommunicationSystemsPage(page)
  // The link builds the scenario before the first answer: seconds on a busy machine.
  await expect(shell.clock).toHaveText(/^Feb 10, 2027 · Overlap/, { timeout: 20_000 })
  await expect(systems.listTitle).toBeVisible()
  await expect(systems.systemRow('S4H-FIN-PRD')).toContainText('Client Default Expiring')
  // The parameters leave the address bar, the screen's route stays.
  await expect(page).toHaveURL(/\/#\/CommunicationSystem-maintain$/)
  expect(page.url()).not.toContain('scenario=')
  expect(page.url()).not.toContain('replace=')

  // A reload keeps what happened since instead of resetting again.
  await advanceClock(page, { to: '2027-02-12' })
  await page.reload()
  await expect(shell.clock).toHaveText(/^Feb 12, 2027/)
})

test('a scenario alone starts on its own day; a date alone moves the stored scenario forward', async ({ page }) => {
  const shell = new ShellBarPage(page)
  await page.goto('./?scenario=halfway&replace=1#/RotationCockpit-display')
  await expect(shell.clock).toHaveText(/^Feb 14, 2027/, { timeout: 20_000 })
  await expect(page.getByRole('heading', { name: 'Rotation Cockpit' })).toBeVisible()
  await page.goto('./?date=2027-03-01&replace=1#/')
  await expect(shell.clock).toHaveText(/^Mar 1, 2027 · Stable/)
})

test('a wrong scenario or date is reported in the console and the app runs on', async ({ page }) => {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto('./?scenario=rotation-eve&replace=1#/')
  await expect(new ShellBarPage(page).clock).toHaveText(/^Feb 28, 2027/)
  await page.goto('./?scenario=no-such-thing&date=2027-02-31&replace=1#/ClientCertificate-maintain')
  await expect(page.getByRole('heading', { name: 'Maintain Client Certificates', level: 1 })).toBeVisible()
  await expect(new ShellBarPage(page).clock).toHaveText(/^Feb 28, 2027/)
  expect(errors.join('\n')).toContain('scenario=no-such-thing is not a scenario')
  expect(errors.join('\n')).toContain('date=2027-02-31')
  expect(page.url()).not.toContain('no-such-thing')
})
