import type { Locator, Page } from '@playwright/test'

/** The Checkpoints dialog, opened from the ShellBar (English texts). */
export class CheckpointsDialogPage {
  constructor(private readonly page: Page) {}

  // A UI5 dialog's content is slotted into its shadow root: found from the ui5-dialog element.
  get dialog(): Locator {
    return this.page.locator('ui5-dialog[open][header-text="Checkpoints"]')
  }

  get notice(): Locator {
    return this.dialog.getByTestId('checkpoints-notice')
  }

  get nameInput(): Locator {
    return this.dialog.getByRole('textbox', { name: 'Name' })
  }

  get list(): Locator {
    return this.dialog.getByRole('list', { name: 'Saved checkpoints' })
  }

  async open() {
    await this.page.getByRole('button', { name: 'Checkpoints' }).click()
    await this.dialog.getByRole('heading', { name: 'Saved checkpoints' }).waitFor()
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Close' }).click()
  }

  async save(name: string) {
    await this.nameInput.fill(name)
    await this.dialog.getByRole('button', { name: 'Save Current State As…' }).click()
  }

  /** Restore or Delete a checkpoint, and confirm in the dialog that asks. */
  async act(action: 'Restore' | 'Delete', name: string | RegExp) {
    const label =
      typeof name === 'string' ? `${action} “${name}”` : new RegExp(`^${action} “${name.source}`)
    await this.dialog.getByRole('button', { name: label }).click()
    const title = typeof name === 'string' ? `="${action} “${name}”?"` : `^="${action} “"`
    await this.page
      .locator(`ui5-dialog[open][header-text${title}]`)
      .getByRole('button', { name: action, exact: true })
      .click()
  }

  /** Picks a file for Import… in the browser's file chooser. */
  async import(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    const chooser = this.page.waitForEvent('filechooser')
    await this.dialog.getByRole('button', { name: 'Import…' }).click()
    await (await chooser).setFiles(file)
  }
}
