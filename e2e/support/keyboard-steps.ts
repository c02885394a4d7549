import { expect, type Page } from '@playwright/test'
import { CommunicationSystemsPage } from '../pages/communication-systems-page'
import { focusedElement, pressUntilFocused, type FocusedElement } from './keyboard'

// Keyboard steps shared by the keyboard-only specs: what to look for while tabbing, and the seed's
// step 2 on one user (open the dialog, Client Default, Save, focus back on the row).

export const isTile = (title: string) => (f: FocusedElement) =>
  f.path === 'a' && f.name.startsWith(title)
export const isButton = (name: string) => (f: FocusedElement) =>
  f.role === 'button' && f.name === name
export const isLink = (name: string) => (f: FocusedElement) => f.role === 'link' && f.name === name
/** A breadcrumb link is named with its place in the trail ("Communication Systems 1 of 2"). */
export const isBreadcrumb = (name: string) => (f: FocusedElement) =>
  f.role === 'link' && f.name.startsWith(name)

/** The focus is back on `opener`, a table row (the same cell: same name). */
export async function expectFocusBackOn(page: Page, opener: FocusedElement) {
  await expect.poll(async () => (await focusedElement(page)).name).toBe(opener.name)
}

/**
 * Opens the focused select with Space and moves to its first option. Its list opens a moment after
 * the key: waiting for an option to have the focus keeps the next key from landing on the closed select.
 */
export async function openSelectAtTop(page: Page) {
  await page.keyboard.press('Space')
  await expect.poll(async () => (await focusedElement(page)).role).toBe('option')
  await page.keyboard.press('Home')
}

/** The object page's section tabs are one Tab stop; the arrow keys move between them. */
export async function openOutboundUsersSection(page: Page) {
  await pressUntilFocused(page, (f) => f.role === 'tab')
  await pressUntilFocused(page, (f) => f.role === 'tab' && f.name.includes('Users for Outbound'), {
    key: 'ArrowRight',
    max: 6,
  })
  await page.keyboard.press('Enter')
}

/** In the user's dialog: Client Certificate = Client Default (Space opens the list), Save. */
export async function switchToClientDefault(page: Page, user: FocusedElement) {
  const systems = new CommunicationSystemsPage(page)
  await page.keyboard.press('Enter')
  await expect(systems.dialogSelect('Client Certificate')).toHaveText('Client Default Expiring')
  await pressUntilFocused(page, (f) => f.role === 'combobox' && f.name === 'Client Certificate')
  await openSelectAtTop(page)
  if ((await focusedElement(page)).hostText !== 'Client Default')
    await pressUntilFocused(page, (f) => f.role === 'option' && f.hostText === 'Client Default', {
      key: 'ArrowDown',
      max: 6,
    })
  await page.keyboard.press('Enter')
  await expect(systems.dialogSelect('Client Certificate')).toHaveText('Client Default')
  await pressUntilFocused(page, isButton('Save'))
  await page.keyboard.press('Enter')
  await expect(systems.dialog).toHaveCount(0)
  // The table shows the saved certificate (its refetch has landed) and the focus is still on the row.
  await expect(systems.rows(user.hostText)).not.toContainText('Client Default Expiring')
  await expectFocusBackOn(page, user)
}
