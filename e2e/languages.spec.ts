import { expect, test } from './fixtures'
import { UserMenuPage } from './pages/user-menu'

const german = { avatar: 'Benutzermenü', language: 'Sprache' }

test('the user menu switches to German, dates and numbers follow, and the choice survives a reload', async ({
  page,
}) => {
  await page.goto('./')
  const launchpad = page.getByRole('main', { name: 'Launchpad' })
  await expect(launchpad.getByRole('heading', { name: 'Communication Management' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  await new UserMenuPage(page).chooseLanguage('Deutsch')

  await expect(launchpad.getByRole('heading', { name: 'Kommunikationsmanagement' })).toBeVisible()
  await expect(launchpad.getByRole('link', { name: /Kommunikationssysteme/ })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')

  await page.reload()
  await expect(launchpad.getByRole('heading', { name: 'Sicherheit' })).toBeVisible()
  await expect(launchpad.getByRole('link', { name: /Clientzertifikate pflegen/ })).toBeVisible()

  await new UserMenuPage(page).chooseLanguage('English', german)
  await expect(launchpad.getByRole('heading', { name: 'Security' })).toBeVisible()
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
