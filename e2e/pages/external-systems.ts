import { expect, type Locator, type Page } from '@playwright/test'

/** The app's texts the page object finds elements by, in the language the test starts the app in. */
export const externalSystemsTexts = {
  en: {
    uploadButton: 'Upload certificate',
    uploadDialog: 'Upload certificate',
    certificateText: 'Certificate text',
    upload: 'Upload',
    closeOrCancel: /^(Close|Cancel)$/,
    removeDialog: 'Remove trusted certificate?',
    capacity: 'Capacity',
    rejectionCode: 'Rejection Code',
    trustMode: 'Trust Mode',
  },
  de: {
    uploadButton: 'Zertifikat hochladen',
    uploadDialog: 'Zertifikat hochladen',
    certificateText: 'Zertifikatstext',
    upload: 'Hochladen',
    closeOrCancel: /^(Schließen|Abbrechen)$/,
    removeDialog: 'Vertrauenswürdiges Zertifikat entfernen?',
    capacity: 'Kapazität',
    rejectionCode: 'Ablehnungscode',
    trustMode: 'Vertrauensmodus',
  },
} as const

type ExternalSystemsTexts = (typeof externalSystemsTexts)[keyof typeof externalSystemsTexts]

/** External Systems: the list and one system's object page with its dialogs. */
export class ExternalSystemsPage {
  constructor(
    private readonly page: Page,
    private readonly texts: ExternalSystemsTexts = externalSystemsTexts.en,
  ) {}

  get listHeading(): Locator {
    return this.page.getByRole('heading', { name: 'External Systems', level: 1 })
  }

  /** The object page's title: the host. */
  heading(host: string): Locator {
    return this.page.getByRole('heading', { name: host, exact: true, level: 1 })
  }

  get list(): Locator {
    return this.page.getByTestId('external-system-list')
  }

  get trustStore(): Locator {
    return this.page.getByTestId('trust-store')
  }

  /** Data rows of the trust store (the header row excluded). */
  get trustedRows(): Locator {
    return this.trustStore
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell') })
      .filter({ hasText: /\S/ })
  }

  trustedRow(text: string | RegExp): Locator {
    return this.trustStore.getByRole('row').filter({ hasText: text })
  }

  /** The Select of a setting of the simulated server (its hint is its accessible description). */
  setting(setting: 'capacity' | 'rejectionCode' | 'trustMode'): Locator {
    return this.page.getByRole('combobox', { name: this.texts[setting] })
  }

  /** The notice of a system that trusts issuers but holds no CA certificate. */
  get noCaNotice(): Locator {
    return this.page.getByTestId('no-ca-notice')
  }

  get connectionLog(): Locator {
    return this.page.getByTestId('connection-log')
  }

  get uploadDialog(): Locator {
    return this.page.locator(`ui5-dialog[open][header-text="${this.texts.uploadDialog}"]`)
  }

  uploadDialogButton(name: 'Upload' | 'Cancel' | 'Close'): Locator {
    return this.uploadDialog.getByRole('button', { name, exact: true })
  }

  /** What the dialog says to upload, following the trust mode. */
  get uploadHelp(): Locator {
    return this.uploadDialog.getByTestId('upload-help')
  }

  get uploadError(): Locator {
    return this.uploadDialog.getByTestId('upload-error')
  }

  get uploadResult(): Locator {
    return this.uploadDialog.getByTestId('upload-result')
  }

  get replaceWarning(): Locator {
    return this.uploadDialog.getByTestId('replace-warning')
  }

  get removeDialog(): Locator {
    return this.page.locator(`ui5-dialog[open][header-text="${this.texts.removeDialog}"]`)
  }

  async openList() {
    await this.page.goto('./#/ExternalSystem-maintain')
  }

  async open(host: string) {
    await this.page.goto(`./#/ExternalSystem-maintain/${encodeURIComponent(host)}`)
  }

  /** Pastes certificate text into the upload dialog and sends it. */
  async uploadText(text: string) {
    await this.uploadButton.click()
    await this.uploadDialog.getByRole('textbox', { name: this.texts.certificateText }).fill(text)
    await this.uploadDialog.getByRole('button', { name: this.texts.upload, exact: true }).click()
  }

  /** The trust store's button that opens the upload dialog. */
  get uploadButton(): Locator {
    return this.page.getByRole('button', { name: this.texts.uploadButton })
  }

  /** The hosts in the External Systems list, in its order (a query: it returns data). */
  async hosts(): Promise<string[]> {
    const links = this.list.locator('ui5-link')
    await expect(links.first()).toBeVisible()
    // The host element holds the text; role=link is the <a> in its shadow root, around a slot.
    return (await links.allTextContents()).map((host) => host.trim())
  }

  /** Uploads certificate text and waits until the external system says it trusts it. */
  async trust(text: string) {
    await this.uploadText(text)
    await expect(this.uploadResult).toContainText('Client Default')
  }

  /** Chooses a file in the upload dialog and sends it. */
  async uploadFile(file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.uploadButton.click()
    await this.uploadDialog.locator('ui5-file-uploader input[type="file"]').setInputFiles(file)
    await this.uploadDialog.getByRole('button', { name: this.texts.upload, exact: true }).click()
  }

  async closeUploadDialog() {
    await this.uploadDialog.getByRole('button', { name: this.texts.closeOrCancel }).click()
  }

  async chooseSetting(setting: 'capacity' | 'rejectionCode' | 'trustMode', option: string) {
    await this.setting(setting).click()
    await this.page.getByRole('option', { name: option }).click()
  }
}
