import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ShellBarPage } from './pages/shell-bar'
import { seriousViolations } from './support/axe-check'
import { TimeTravelDialogPage } from './pages/time-travel-dialog'
import {
  editSavedRecord,
  savedMeta,
  setStorageFull,
  simulateStorageLimitOnNextLoad,
} from './support/saved-simulation'
import { readApi, startScenario } from './support/seed-steps'

// A UI5 dialog's content is slotted into its shadow root: it is found from the ui5-dialog element.
const openDialog = (page: Page, title: string) =>
  page.locator(`ui5-dialog[open][header-text="${title}"]`)

test('a simulation saved by a newer version is reported as newer, offers only a reload, and is never replaced', async ({
  page,
}) => {
  await startScenario(page, 'halfway')
  await editSavedRecord(page, 'written by a newer version')
  const before = await savedMeta(page)
  await page.reload()
  await expect(
    page.getByRole('alertdialog', { name: 'Your saved simulation cannot be used' }),
  ).toBeVisible()
  const dialog = openDialog(page, 'Your saved simulation cannot be used')
  await expect(dialog).toContainText('made by a newer version of Rotation Lab')
  await expect(dialog).toContainText('Your work is safe')
  await expect(dialog).not.toContainText('older')
  await expect(dialog.getByRole('button', { name: 'Reload' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: /Start over/ })).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeVisible()
  await expect(dialog).toHaveAttribute('open')

  // A link that would replace the simulation does not, even when it says replace=1.
  await page.goto('./?scenario=before-issuance&replace=1')
  await expect(dialog).toBeVisible()
  expect(await savedMeta(page)).toEqual(before)
})

test('a damaged record inside the saved simulation opens the recovery on start, naming it; starting over works', async ({
  page,
}) => {
  await startScenario(page, 'halfway')
  await editSavedRecord(page, 'first system damaged')
  await page.reload()
  await expect(
    page.getByRole('alertdialog', { name: 'Your saved simulation cannot be used' }),
  ).toBeVisible()
  const dialog = openDialog(page, 'Your saved simulation cannot be used')
  await expect(dialog).toContainText('damaged')
  await expect(dialog).toContainText('state.systems.0: not a usable communication system')
  await dialog.getByRole('button', { name: 'Start over with “Before issuance”' }).click()
  await expect(dialog).toBeHidden()
  await expect(new ShellBarPage(page).clock).toHaveText(/^Jan 25, 2027/)
  await page.goto('./#/CommunicationSystem-maintain')
  await expect(page.getByRole('gridcell', { name: 'S4H-FIN-PRD' }).first()).toBeVisible()
})

test('a change the browser has no room for: nothing is lost, and the dialog offers export, clearing old records and a reset', async ({
  page,
}) => {
  test.slow() // a whole recovery: a refused move, an export, a clear, and the move again
  await simulateStorageLimitOnNextLoad(page)
  await startScenario(page, 'halfway')
  const shell = new ShellBarPage(page)
  await expect(shell.clock).toHaveText(/^Feb 14, 2027/)
  await shell.openTimeTravel()
  const timeTravel = new TimeTravelDialogPage(page)

  await setStorageFull(page, true)
  await timeTravel.goForwardDays(200)
  await expect(
    page.getByRole('alertdialog', { name: 'No room left to save the simulation' }),
  ).toBeVisible()
  const dialog = openDialog(page, 'No room left to save the simulation')
  await expect(dialog).toContainText('your last change was not saved')
  await expect(dialog.getByTestId('storage-figures')).toContainText(
    /^Change records: \d+, the oldest from Jan 25, 2027/,
  )
  expect(await seriousViolations(page)).toEqual([])
  // Nothing of the refused move was kept, in memory or on disk.
  expect(await readApi(page, 'clock')).toMatchObject({ today: '2027-02-14' })

  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export Landscape' }).click()
  expect((await download).suggestedFilename()).toBe('rotation-lab-landscape-2027-02-14.json')

  await setStorageFull(page, false)
  const records = await readApi<{ changeRecords: number }>(page, 'simulation/storage')
  const date = dialog.getByRole('textbox', { name: 'Clear Records Before' })
  await date.fill('Feb 1, 2027')
  await date.press('Enter')
  await dialog.getByRole('button', { name: 'Clear Change Records' }).click()
  await expect(dialog.getByRole('status')).toContainText('Change records cleared: 1. Kept: ')
  const after = await readApi<{ changeRecords: number; oldestChangeDate: string }>(
    page,
    'simulation/storage',
  )
  expect(after.changeRecords).toBeLessThan(records.changeRecords)
  expect(after.oldestChangeDate).toBe('2027-02-01')

  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  await timeTravel.goForwardDays(200)
  await expect(shell.clock).toHaveText(/^Sep 2, 2027/)
})
