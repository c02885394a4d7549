import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'

/**
 * Maintain Client Certificates, list report and object page. Getters return locators, actions
 * return nothing; the UI5 know-how (shadow DOM, dialogs, selects) stays in this one place.
 */
export class ClientCertificatesPage {
  constructor(private readonly page: Page) {}

  // List report
  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Maintain Client Certificates', level: 1 })
  }
  get searchField(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search' })
  }
  get statusFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'Status' })
  }
  get managedByFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'Managed By' })
  }
  get table(): Locator {
    return this.page.getByRole('grid', { name: 'Client Certificates' })
  }
  get dataRows(): Locator {
    // The header row holds column headers, not grid cells.
    return this.table.getByRole('row').filter({ has: this.page.getByRole('gridcell') })
  }
  /** The row whose Description is exactly `description`. */
  row(description: string): Locator {
    return this.dataRows.filter({
      has: this.page.getByRole('gridcell', { name: description, exact: true }),
    })
  }
  /** The cell of `row` below the column header `column` (cells carry their column index). */
  cell(
    row: Locator,
    column:
      | 'Selection'
      | 'Description'
      | 'Managed By'
      | 'Certificate Category'
      | 'Issued To'
      | 'Valid From'
      | 'Valid to'
      | 'Status'
      | 'Used by',
  ): Locator {
    // Cell 0 is the selection column (Delete).
    const index = [
      'Selection',
      'Description',
      'Managed By',
      'Certificate Category',
      'Issued To',
      'Valid From',
      'Valid to',
      'Status',
      'Used by',
    ].indexOf(column)
    return row.getByRole('gridcell').nth(index)
  }
  get overlapMessage(): Locator {
    return this.page
      .locator('ui5-message-strip')
      .filter({ hasText: 'A new default client certificate was issued' })
  }
  get overlapLink(): Locator {
    return this.overlapMessage.getByRole('link', {
      name: 'Show Systems Using Client Default Expiring',
    })
  }
  /** An IllustratedMessage by its title. */
  message(title: string | RegExp): Locator {
    return this.page.locator('ui5-illustrated-message').filter({ hasText: title })
  }
  get retryButton(): Locator {
    return this.page.getByRole('button', { name: 'Retry' })
  }

  // Object page
  /** The object page's title (the ShellBar's product name is a level-1 heading too). */
  title(description: string): Locator {
    return this.page.getByRole('heading', { name: description, exact: true, level: 1 })
  }
  section(name: 'General Information' | 'Validity' | 'Communication Systems'): Locator {
    return this.page.getByRole('heading', { name, exact: true })
  }
  get sha256Fingerprint(): Locator {
    return this.page.getByTestId('fingerprint-sha256')
  }
  get validityPicture(): Locator {
    return this.page.getByRole('img', { name: /^Validity period/ })
  }
  get whereUsedTable(): Locator {
    return this.page.getByRole('grid', { name: 'Communication Systems' })
  }
  outboundUserLink(userName: string, systemId: string): Locator {
    return this.whereUsedTable.getByRole('link', { name: `${userName} of ${systemId}` })
  }
  get exportButton(): Locator {
    return this.page.getByRole('button', { name: 'Export', exact: true }).first()
  }
  get openDialog(): Locator {
    return this.page.locator('ui5-dialog[open]')
  }
  formatOption(label: string): Locator {
    return this.openDialog.getByRole('radio', { name: label })
  }

  // Actions
  async goto(query = ''): Promise<void> {
    await this.page.goto(`./#/ClientCertificate-maintain${query}`)
  }
  async search(text: string): Promise<void> {
    await this.searchField.fill(text)
  }
  async chooseStatus(label: string): Promise<void> {
    await this.choose(this.statusFilter, label)
  }
  async chooseManagedBy(label: string): Promise<void> {
    await this.choose(this.managedByFilter, label)
  }
  async open(description: string): Promise<void> {
    await this.cell(this.row(description), 'Description').click()
  }
  /** Opens Export, picks the format and confirms; the caller waits for the download. */
  async exportAs(formatLabel: string): Promise<void> {
    await this.exportButton.click()
    await this.formatOption(formatLabel).click()
    await this.openDialog.getByRole('button', { name: 'Export', exact: true }).click()
  }

  /** Exports the open certificate as .pem through the Export dialog; returns the downloaded text. */
  async exportPem(): Promise<string> {
    const download = this.page.waitForEvent('download')
    await this.exportAs('X.509 Certificate (.pem)')
    return readFile(await (await download).path(), 'utf8')
  }

  private async choose(select: Locator, label: string): Promise<void> {
    await select.click()
    await this.page.getByRole('option', { name: label, exact: true }).click()
  }
}
