import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { CheckpointsDialogPage } from './pages/checkpoints-dialog'
import { ShellBarPage } from './pages/shell-bar'
import { seriousViolations } from './support/axe-check'
import { callApi, readApi } from './support/simulation'

// Building a scenario and issuing certificates again makes RSA keys: on a busy machine that takes
// seconds, so these tests get the slow budget and waits after a scenario load are longer.
test.slow()
const built = { timeout: 20_000 }

/** Opens the app in a scenario (without asking: replace=1) and moves the clock, so there is saved work. */
async function workedOn(page: Page, scenario: string, to: string) {
  await page.goto(`./?scenario=${scenario}&replace=1#/`)
  await expect(new ShellBarPage(page).clock).toHaveText(/\d{4}/, built)
  await callApi(page, 'clock/advance', { to })
  await page.reload()
}

interface ReadinessRow {
  systemId: string
  userName: string
  readiness: string
  today: { status: unknown; reason: string }
}
const readiness = async (page: Page) =>
  (await readApi<{ rows: ReadinessRow[] }>(page, 'rotation/readiness')).rows.map((row) => [
    row.systemId,
    row.userName,
    row.readiness,
    row.today.status,
    row.today.reason,
  ])

test('save a checkpoint, change the simulation, restore it: the change is gone; it survives a reload', async ({
  page,
}) => {
  const shell = new ShellBarPage(page)
  const checkpoints = new CheckpointsDialogPage(page)
  await page.goto('./?scenario=before-issuance&replace=1#/')
  await expect(shell.clock).toHaveText(/^Jan 25, 2027/, built)
  await checkpoints.open()
  await expect(checkpoints.dialog.getByText('No checkpoints yet')).toBeVisible()
  await checkpoints.save('Before the jump')
  await expect(checkpoints.notice).toContainText('Saved “Before the jump”.')
  await expect(checkpoints.list.getByRole('listitem')).toHaveCount(1)
  await expect(checkpoints.list).toContainText('Before the jump')
  await expect(checkpoints.list).toContainText('Jan 25, 2027')
  expect(await seriousViolations(page)).toEqual([])
  // A name in use is refused with the API's reason, at the field.
  await checkpoints.save('Before the jump')
  await expect(checkpoints.dialog).toContainText('exists already')
  await checkpoints.close()

  await callApi(page, 'clock/advance', { to: '2027-03-01' })
  await page.reload()
  await expect(shell.clock).toHaveText(/^Mar 1, 2027/, built)

  await checkpoints.open()
  await expect(checkpoints.list).toContainText('Before the jump')
  await checkpoints.act('Restore', 'Before the jump')
  await expect(checkpoints.notice).toContainText(
    'The simulation is back at “Before the jump” (Jan 25, 2027).',
  )
  await expect(shell.clock).toHaveText(/^Jan 25, 2027/, built)

  await checkpoints.act('Delete', 'Before the jump')
  await expect(checkpoints.notice).toContainText('Deleted “Before the jump”.')
  await expect(checkpoints.dialog.getByText('No checkpoints yet')).toBeVisible()
  await expect(shell.clock).toHaveText(/^Jan 25, 2027/, built)
})

test('export, then import in a fresh browser: the same landscape, and the note that certificates were re-issued', async ({
  page,
  browser,
}) => {
  await workedOn(page, 'halfway', '2027-02-16')
  const checkpoints = new CheckpointsDialogPage(page)
  await checkpoints.open()
  const downloading = page.waitForEvent('download')
  await checkpoints.dialog.getByRole('button', { name: 'Export' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('rotation-lab-landscape-2027-02-16.json')
  const path = await download.path()
  const text = await readFile(path, 'utf8')
  expect(text).not.toMatch(/PRIVATE KEY|privateKeys|signingKey/)
  const exported = await readiness(page)
  expect(exported.length).toBeGreaterThan(10)

  const context = await browser.newContext()
  const fresh = await context.newPage()
  await fresh.goto('./')
  const freshShell = new ShellBarPage(fresh)
  await expect(freshShell.clock).toHaveText(/^Jan 25, 2027/, built)
  const freshCheckpoints = new CheckpointsDialogPage(fresh)
  await freshCheckpoints.open()
  await freshCheckpoints.import(path)
  await expect(freshCheckpoints.notice).toContainText(
    'Imported: 11 communication systems on Feb 16, 2027.',
    { timeout: 20_000 },
  )
  await expect(freshCheckpoints.notice).toContainText(
    'certificates were issued again with the same dates, subjects and serial numbers, and new keys',
  )
  await expect(freshShell.clock).toHaveText(/^Feb 16, 2027/, built)
  expect(await readiness(fresh)).toEqual(exported)
  await context.close()
})

test('a bad file is refused with its reason and nothing changes', async ({ page }) => {
  await workedOn(page, 'new-certificate-issued', '2027-02-03')
  const shell = new ShellBarPage(page)
  await expect(shell.clock).toHaveText(/^Feb 3, 2027/, built)
  const before = await readiness(page)
  const checkpoints = new CheckpointsDialogPage(page)
  await checkpoints.open()

  await checkpoints.import({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('hello, not JSON'),
  })
  await expect(checkpoints.notice).toContainText(
    'The file was not imported, nothing changed. The file is not JSON: it is no landscape export.',
  )

  const newer = JSON.stringify({
    format: 'rotation-lab-landscape',
    schemaVersion: 99,
    landscape: {},
  })
  await checkpoints.import({
    name: 'newer.json',
    mimeType: 'application/json',
    buffer: Buffer.from(newer),
  })
  await expect(checkpoints.notice).toContainText(
    'The file has schema version 99, from a newer version of Rotation Lab; this version reads version 3.',
  )

  await expect(shell.clock).toHaveText(/^Feb 3, 2027/, built)
  expect(await readiness(page)).toEqual(before)
})

test('a ?scenario= link on a browser with saved work asks: Keep mine keeps it, Replace keeps it as a checkpoint', async ({
  page,
}) => {
  const shell = new ShellBarPage(page)
  await workedOn(page, 'before-issuance', '2027-01-28')
  await expect(shell.clock).toHaveText(/^Jan 28, 2027/, built)

  const question = page.locator(
    'ui5-dialog[open][header-text="Replace your simulation with “Halfway through the overlap”?"]',
  )
  await page.goto('./?scenario=halfway#/')
  await expect(question).toBeVisible()
  await expect(page).not.toHaveURL(/scenario=/)
  expect(await seriousViolations(page)).toEqual([])
  await question.getByRole('button', { name: 'Keep mine' }).click()
  await expect(question).toBeHidden()
  await expect(shell.clock).toHaveText(/^Jan 28, 2027/, built)

  await page.goto('./?scenario=halfway#/')
  await question.getByRole('button', { name: 'Replace' }).click()
  await expect(question).toBeHidden()
  await expect(shell.clock).toHaveText(/^Feb 14, 2027/, built)

  const checkpoints = new CheckpointsDialogPage(page)
  await checkpoints.open()
  await expect(checkpoints.list).toContainText(/Before link \d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
  await expect(checkpoints.list).toContainText('kept before a link replaced it')
  await checkpoints.act('Restore', /Before link /)
  await expect(shell.clock).toHaveText(/^Jan 28, 2027/, built)
})

test('a link on a browser whose scenario is untouched replaces it without asking', async ({
  page,
}) => {
  const shell = new ShellBarPage(page)
  await page.goto('./?scenario=before-issuance#/')
  await expect(shell.clock).toHaveText(/^Jan 25, 2027/, built)
  await page.goto('./?scenario=rotation-eve#/')
  await expect(shell.clock).toHaveText(/^Feb 28, 2027/, built)
  await expect(page.locator('ui5-dialog[open]')).toHaveCount(0)
})
