import type { Browser } from '@playwright/test'
import { expect, test } from './fixtures'
import { InstructorPage } from './pages/instructor-page'
import { seriousViolations } from './support/axe-check'
import { labServerOrigin, labServerToken } from './support/lab-server'
import { contextOptionsOf } from './support/shared-context'

// Issue 14: the instructor page the lab server serves at /instructor/ (the same build, a screen of
// its own) lists the landscapes and creates, advances, resets and deletes them through /admin/.

const instructorUrl = () => `${labServerOrigin()}/instructor/`

/** The instructor's own browser (the lab server's origin, not the static server's). */
async function instructorBrowser(browser: Browser) {
  const context = await browser.newContext({
    ...contextOptionsOf(test.info().project.use),
    baseURL: instructorUrl(),
  })
  const page = await context.newPage()
  return { context, page, app: new InstructorPage(page) }
}

/** A class of this test alone: the server is shared by every test of the run. */
const freshClass = () => `e2e-instructor-${Date.now().toString(36)}`

test('the instructor signs in, creates a landscape, advances the class, resets and deletes it', async ({
  browser,
}) => {
  test.setTimeout(90_000)
  const { context, page, app } = await instructorBrowser(browser)
  try {
    await page.goto('./')
    // A wrong token is refused by the server and asked for again; it never goes into the URL.
    await app.signIn('not-the-token')
    await expect(app.refusedToken).toBeVisible()
    await app.signIn(labServerToken)
    await expect(app.heading).toBeVisible()
    expect(page.url()).not.toContain(labServerToken)

    // New landscape: the API's refusal of a class name shows on the field; a valid one creates it.
    const className = freshClass()
    await app.newButton.click()
    await app.chooseScenario('Before issuance')
    await app.classField.fill('not a class!')
    await app.dialogButton('Create').click()
    await expect
      .poll(() => app.valueStateOf(app.classField))
      .toMatch(/^Negative: .*letters, digits/)
    await app.classField.fill(className)
    await app.dialogButton('Create').click()
    await expect(app.createdNotice).toBeVisible()
    const url = (await app.createdNotice.textContent())!.match(/http\S+\/l\/[\w-]+\//)![0]
    const id = url.match(/\/l\/([\w-]+)\//)![1]!

    await app.chooseClass(className)
    const row = app.row(id)
    await expect(row).toContainText('Before issuance')
    await expect(row).toContainText('Stable')
    await expect(row).toContainText(className)
    // Each row leads to the trainee's page of the landscape.
    await expect(app.link(id)).toHaveAttribute('href', url)

    // Advance All (to the next event): the landscape's answer in the dialog, its row in Overlap.
    await app.advanceAllButton.click()
    await app.dialogButton('Advance').click()
    await expect(app.dialog.getByRole('status')).toContainText(`${id}: today Feb 1, 2027, Overlap`)
    await app.dialogButton('Close').click()
    await expect(row).toContainText('Overlap')
    await expect(row).toContainText('Feb 1, 2027')

    // Reset to its scenario (preselected): back to Stable before the issuance.
    await app.resetButton(id).click()
    await expect(app.dialog.getByRole('combobox', { name: 'Scenario' })).toContainText(
      'Before issuance',
    )
    await app.dialogButton('Reset').click()
    await expect(app.dialog).toBeHidden()
    await expect(row).toContainText('Stable')

    // Delete, confirmed: the class has no landscape left.
    await app.deleteButton(id).click()
    const confirm = app.messageBox('Delete Landscape')
    await expect(confirm).toContainText(`Delete landscape ${id} with its checkpoints?`)
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click()
    await expect(row).toBeHidden()
  } finally {
    await context.close()
  }
})

test('the instructor page passes the WCAG A and AA checks (sign-in, list, New Landscape)', async ({
  browser,
  request,
}) => {
  test.setTimeout(60_000)
  const created = await request.post(`${labServerOrigin()}/admin/landscapes`, {
    headers: { Authorization: `Bearer ${labServerToken}` },
    data: { scenario: 'halfway', class: freshClass() },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { context, page, app } = await instructorBrowser(browser)
  try {
    await page.goto('./')
    await expect(app.tokenField).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])

    await app.signIn(labServerToken)
    await expect(app.table.getByRole('row').nth(1)).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])

    await app.newButton.click()
    await expect(app.classField).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  } finally {
    await context.close()
  }
})
