import { expect, test } from './fixtures'
import { ShellBarPage } from './pages/shell-bar'
import { germanTimeTravel, TimeTravelDialogPage } from './pages/time-travel-dialog'
import { UserMenuPage } from './pages/user-menu'
import { useLanguage } from './support/language'
import { readApi, startScenario } from './support/seed-steps'

const german = { avatar: 'Benutzermenü', language: 'Sprache' }

test('the user menu switches to German, dates and numbers follow, and the choice survives a reload', async ({
  page,
}) => {
  await page.goto('./')
  const launchpad = page.getByRole('main', { name: 'Launchpad' })
  const shell = new ShellBarPage(page)
  await expect(launchpad.getByRole('heading', { name: 'Communication Management' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(shell.clock).toHaveText('Jan 25, 2027 · Stable — issuance in 7 days')

  await new UserMenuPage(page).chooseLanguage('Deutsch')

  await expect(launchpad.getByRole('heading', { name: 'Kommunikationsmanagement' })).toBeVisible()
  await expect(launchpad.getByRole('link', { name: /Kommunikationssysteme/ })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  // The ShellBar follows at once: the clock's date, phase and countdown, and its items.
  await expect(shell.clock).toHaveText('25.01.2027 · Stabil — Ausstellung in 7 Tagen')
  await expect(
    page.getByRole('button', {
      name: 'Simuliertes Datum: 25.01.2027 · Stabil — Ausstellung in 7 Tagen. Zeitreise öffnen',
    }),
  ).toBeVisible()
  await expect(shell.simulationSettingsButton('Simulationseinstellungen')).toBeVisible()

  await page.reload()
  await expect(launchpad.getByRole('heading', { name: 'Sicherheit' })).toBeVisible()
  await expect(launchpad.getByRole('link', { name: /Clientzertifikate pflegen/ })).toBeVisible()

  await new UserMenuPage(page).chooseLanguage('English', german)
  await expect(launchpad.getByRole('heading', { name: 'Security' })).toBeVisible()
  await expect(shell.clock).toHaveText('Jan 25, 2027 · Stable — issuance in 7 days')
  await page.reload()
  await expect(launchpad.getByRole('link', { name: /Maintain Client Certificates/ })).toBeVisible()
})

test('a browser set to German starts in German', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' })
  const page = await context.newPage()
  await page.goto('./')
  await expect(
    page.getByRole('main', { name: 'Launchpad' }).getByRole('heading', { name: 'Sicherheit' }),
  ).toBeVisible()
  await context.close()
})

test('after switching to German, Time travel takes a date typed in German and says what happened in German', async ({
  page,
}) => {
  await startScenario(page, 'before-issuance')
  await new UserMenuPage(page).chooseLanguage('Deutsch')
  const shell = new ShellBarPage(page)
  await expect(shell.clock).toHaveText('25.01.2027 · Stabil — Ausstellung in 7 Tagen')

  await shell.openTimeTravel()
  const dialog = new TimeTravelDialogPage(page, germanTimeTravel)
  await expect(page.getByRole('dialog', { name: 'Zeitreise' })).toBeVisible()
  await expect(dialog.nextEventButton).toHaveAccessibleName('Weiter zum 01.02.2027 (Ausstellung)')
  await expect(dialog.dateInput).toHaveAttribute('placeholder', 'z. B. 14.02.2027')

  await dialog.goToDate('14.02.2027')
  await expect(dialog.summary).toContainText('14.02.2027: 1 Zertifikat ausgestellt')
  await expect(shell.clock).toHaveText('14.02.2027 · Überlappung — Rotation in 15 Tagen')
  expect(await readApi(page, 'clock')).toMatchObject({ today: '2027-02-14' })
  await expect(dialog.dateInput).toHaveValue('14.02.2027')

  await dialog.goForwardDays(1)
  await expect(dialog.summary).toContainText(
    '15.02.2027: keine Ausstellung und keine Rotation im Zeitraum',
  )
  await expect(shell.clock).toHaveText('15.02.2027 · Überlappung — Rotation in 14 Tagen')
})

test('a date the picker cannot read is explained in German, and the API is not asked', async ({
  page,
}) => {
  await useLanguage(page, 'de')
  await startScenario(page, 'before-issuance')
  const shell = new ShellBarPage(page)
  await shell.openTimeTravel()
  const dialog = new TimeTravelDialogPage(page, germanTimeTravel)
  await dialog.dateInput.fill('Feb 14, 2027')
  await dialog.dateInput.press('Enter')
  await expect(dialog.refusal).toContainText('Geben Sie ein Datum wie 14.02.2027 ein.')
  await expect(dialog.root.getByRole('button', { name: 'Zum Datum' })).toBeDisabled()
  await expect(shell.clock).toHaveText(/^25\.01\.2027/)
})

test('Simulation Settings and the fault notice speak German', async ({ page }) => {
  await useLanguage(page, 'de')
  await page.goto('./')
  const shell = new ShellBarPage(page)
  await shell.simulationSettingsButton('Simulationseinstellungen').click()
  await expect(page.getByRole('dialog', { name: 'Simulationseinstellungen' })).toBeVisible()
  const dialog = page.locator('ui5-dialog[open]')
  await dialog.getByRole('combobox', { name: 'Fehlschläge' }).click()
  await page.getByRole('option', { name: 'Schreibzugriffe schlagen fehl', exact: true }).click()
  await dialog.getByRole('button', { name: 'Übernehmen' }).click()
  const notice = page.getByText(
    'Fehlerinjektion ist aktiv: Schreibzugriffe schlagen fehl (100 %, HTTP 500).',
  )
  await expect(notice).toBeVisible()

  await page.getByRole('link', { name: 'Simulationseinstellungen' }).click()
  await dialog.getByRole('button', { name: 'Keine Fehler' }).click()
  await dialog.getByRole('button', { name: 'Übernehmen' }).click()
  await expect(notice).toBeHidden()
})

test('an unknown address says so in German and leads home', async ({ page }) => {
  await useLanguage(page, 'de')
  await page.goto('./#/NoSuchApp-display')
  await expect(page.getByText('Seite nicht gefunden')).toBeVisible()
  await page.getByRole('button', { name: 'Zur Startseite' }).click()
  await expect(
    page.getByRole('main', { name: 'Launchpad' }).getByRole('heading', { name: 'Sicherheit' }),
  ).toBeVisible()
})

test('the error screen speaks German, with its ways out', async ({ page }) => {
  await useLanguage(page, 'de')
  await page.goto('./#/Diagnostics-renderError')
  const alert = page.getByRole('alert')
  await expect(alert.getByText('Ein Fehler ist aufgetreten')).toBeVisible()
  await expect(alert.getByRole('button', { name: 'Neu laden' })).toBeVisible()
  await alert.getByRole('button', { name: 'Zur Startseite' }).click()
  await expect(page.getByRole('main', { name: 'Launchpad' })).toBeVisible()
})
