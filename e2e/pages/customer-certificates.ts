import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'

type UploadFile = { name: string; mimeType: string; buffer: Buffer }

/**
 * The customer certificate actions of Maintain Client Certificates: Create, Upload PKCS #12, the
 * object page's header actions and their dialogs. The UI5 know-how stays here.
 */
export class CustomerCertificatesPage {
  constructor(private readonly page: Page) {}

  /** A toolbar or header action by SAP's label. */
  action(
    name:
      | 'Create'
      | 'Upload PKCS #12'
      | 'Delete'
      | 'Edit'
      | 'Replace'
      | 'Upload Signed Certificate'
      | 'Download Signing Request'
      | 'Export'
      | 'Save',
  ): Locator {
    return this.page.getByRole('button', { name, exact: true }).first()
  }
  /** The open dialog by its title. */
  dialog(title: string): Locator {
    return this.page.locator(`ui5-dialog[open][header-text="${title}"]`)
  }
  /** A confirmation (message box) by its title. */
  messageBox(title: string): Locator {
    return this.page.locator('ui5-dialog[open]').filter({
      has: this.page.getByRole('heading', { name: title, exact: true }),
    })
  }
  field(dialog: Locator | Page, label: string): Locator {
    return dialog.getByRole('textbox', { name: label, exact: true })
  }
  /** "Negative: <message>" or "None: " of a UI5 input found by its inner textbox. */
  async valueStateOf(field: Locator): Promise<string> {
    return field.evaluate((input) => {
      const host = (input.getRootNode() as ShadowRoot).host as HTMLElement & { valueState?: string }
      const message = host.querySelector('[slot="valueStateMessage"]')?.textContent ?? ''
      return `${host.valueState ?? ''}: ${message.trim()}`
    })
  }
  get pendingRequest(): Locator {
    return this.page.getByTestId('pending-request')
  }
  get categorySelect(): Locator {
    return this.page.getByRole('combobox', { name: 'Certificate Category' })
  }

  async chooseFile(dialog: Locator, file: UploadFile): Promise<void> {
    await dialog.locator('ui5-file-uploader input[type="file"]').setInputFiles(file)
  }
  /** Download Signing Request: the file's name and text. */
  async downloadSigningRequest(): Promise<{ fileName: string; text: string }> {
    const download = this.page.waitForEvent('download')
    await this.action('Download Signing Request').click()
    const done = await download
    return { fileName: done.suggestedFilename(), text: await readFile(await done.path(), 'utf8') }
  }
  async chooseCategory(label: string): Promise<void> {
    await this.categorySelect.click()
    await this.page.getByRole('option', { name: label, exact: true }).click()
  }
  /** Confirms the open message box with its named action. */
  async confirm(title: string, action: string): Promise<void> {
    await this.messageBox(title).getByRole('button', { name: action, exact: true }).click()
  }
}
