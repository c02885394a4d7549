import { expect, test } from './fixtures'
import { readApi } from './support/simulation'

test('an unexpected render error shows the error page inside the shell, with ways out', async ({
  page,
}) => {
  await page.goto('./#/Diagnostics-renderError')
  const alert = page.getByRole('alert')
  await expect(alert.getByText('Something went wrong')).toBeVisible()
  await expect(alert.getByText(/Deliberate render error/)).toBeVisible()
  // The ShellBar survives: an error in one screen never leaves a white page.
  await expect(page.getByText('Rotation Lab', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Go to Home' }).click()
  await expect(page.getByRole('main', { name: 'Launchpad' })).toBeVisible()
  await expect(page).toHaveURL(/#\/$/)
})

test('the error page reloads the app on request', async ({ page }) => {
  await page.goto('./#/Diagnostics-renderError')
  await expect(page.getByText('Something went wrong')).toBeVisible()
  const reloaded = page.waitForEvent('load')
  await page.getByRole('button', { name: 'Reload' }).click()
  await reloaded
  await expect(page.getByText('Something went wrong')).toBeVisible()
})

test('an unknown address says so and leads home', async ({ page }) => {
  await page.goto('./#/NoSuchApp-display')
  await expect(page.getByText('This page does not exist')).toBeVisible()
  await page.getByRole('button', { name: 'Go to Home' }).click()
  await expect(page.getByRole('main', { name: 'Launchpad' })).toBeVisible()
})

test('a saved simulation from an older version is reported and can be reset, never wiped silently', async ({
  page,
}) => {
  await page.goto('./')
  // The first answer comes after the default landscape is saved: written later, it would replace the
  // older version's record below (a race a warm browser lost now and then).
  await readApi(page, 'clock')
  // Pretend an older Rotation Lab wrote the store.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        // No version: the database's current one (the store bumps it when its layout changes).
        const open = indexedDB.open('rotation-lab')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const transaction = open.result.transaction('system', 'readwrite')
          transaction.objectStore('system').put({ schemaVersion: 0, revision: 99 }, 'meta')
          transaction.oncomplete = () => resolve()
          transaction.onerror = () => reject(transaction.error)
        }
      }),
  )
  await page.reload()
  const dialog = page.locator('ui5-dialog[open]')
  await expect(dialog.getByText('Your saved simulation cannot be used')).toBeVisible()
  await expect(dialog.getByText(/older version of Rotation Lab/)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog.getByText('Your saved simulation cannot be used')).toBeVisible()
  await page.getByRole('button', { name: /Start over/ }).click()
  await expect(page.locator('ui5-dialog[open]')).toHaveCount(0)
  expect(await page.evaluate(() => fetch('api/clock').then((r) => r.json()))).toMatchObject({
    today: '2027-01-25',
  })
})
