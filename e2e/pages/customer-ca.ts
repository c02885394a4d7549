import { expect, type Download, type Locator, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'

/** External Systems → Customer Root CA (simulated): the root, its download, and Sign a Request. */
export class CustomerCaPage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Customer Root CA (simulated)', level: 1 })
  }

  /** The External Systems list's header button that leads here. */
  get listButton(): Locator {
    return this.page.getByRole('button', { name: 'Customer Root CA (simulated)' })
  }

  get rootSection(): Locator {
    return this.page.getByRole('region', { name: 'Root Certificate' })
  }

  get signSection(): Locator {
    return this.page.getByRole('region', { name: 'Sign a Request' })
  }

  get signResult(): Locator {
    return this.page.getByTestId('sign-result')
  }

  get signError(): Locator {
    return this.page.getByTestId('sign-error')
  }

  get signedCertificate(): Locator {
    return this.page.getByTestId('signed-certificate')
  }

  async goto(): Promise<void> {
    await this.page.goto('./#/ExternalSystem-maintain/customer-root-ca')
    await expect(this.heading).toBeVisible()
  }

  /** Download Root Certificate, by mouse; the file's text. */
  async downloadRoot(): Promise<{ text: string; fileName: string }> {
    return this.downloadBy(
      this.rootSection.getByRole('button', { name: 'Download Root Certificate' }),
    )
  }

  /** Chooses a request file and presses Sign. */
  async sign(file: { name: string; buffer: Buffer }): Promise<void> {
    await this.signSection
      .locator('ui5-file-uploader input[type="file"]')
      .setInputFiles({ ...file, mimeType: 'application/pkcs10' })
    await this.signSection.getByRole('button', { name: 'Sign', exact: true }).click()
  }

  /** Download Signed Certificate, by mouse; the file's text. */
  async downloadSigned(): Promise<{ text: string; fileName: string }> {
    return this.downloadBy(
      this.signSection.getByRole('button', { name: 'Download Signed Certificate' }),
    )
  }

  private async downloadBy(button: Locator) {
    const download: Promise<Download> = this.page.waitForEvent('download')
    await button.click()
    const file = await download
    return { text: await readFile(await file.path(), 'utf8'), fileName: file.suggestedFilename() }
  }
}
