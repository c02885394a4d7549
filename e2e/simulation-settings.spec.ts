import { expect, test } from './fixtures'
import { readApi } from './support/simulation'

test('fault injection is set from the Simulation Settings dialog, announced on every screen, and switched off again', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('main', { name: 'Launchpad' })).toBeVisible()
  await page.getByRole('button', { name: 'Simulation Settings' }).click()
  const dialog = page.locator('ui5-dialog[open]')
  await expect(dialog.getByText('Make the simulated backend slow or failing')).toBeVisible()
  await dialog.getByRole('combobox', { name: 'Failures' }).click()
  await page.getByRole('option', { name: 'Writes fail', exact: true }).click()
  await dialog.getByRole('button', { name: 'Apply' }).click()
  const notice = page.getByText(/Fault injection is on: writes fail \(100 %, HTTP 500\)/)
  await expect(notice).toBeVisible()

  // A write now fails and changes nothing; reads still work.
  const status = await page.evaluate(() =>
    fetch('api/clock/advance', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"nextEvent":true}' }).then((r) => r.status),
  )
  expect(status).toBe(500)
  expect(await readApi(page, 'clock')).toMatchObject({ today: '2027-01-25' })

  await page.getByRole('button', { name: 'Simulation Settings' }).click()
  await dialog.getByRole('button', { name: 'No Faults' }).click()
  await dialog.getByRole('button', { name: 'Apply' }).click()
  await expect(notice).toBeHidden()
})

test('URL parameters switch fault injection on at load, for demos of failure', async ({ page }) => {
  await page.goto('./?latency=realistic&fail=reads&failRate=0.5&failKind=network')
  await expect(page.getByText(/Fault injection is on: Realistic latency · reads fail \(50 %, network error\)/)).toBeVisible()
})
