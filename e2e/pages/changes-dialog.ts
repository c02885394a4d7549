import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Display Changes, opened from the Communication Systems list or an object page: its filter bar
 * and its rows. AnalyticalTable rows are light DOM rows; data rows have text in their cells.
 */
export class ChangesDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.locator('ui5-dialog[open]')
  }
  get changedBy(): Locator {
    return this.dialog.getByRole('combobox', { name: 'Changed By', exact: true })
  }
  get systemId(): Locator {
    return this.dialog.getByRole('textbox', { name: 'System ID', exact: true })
  }
  /** The rows shown, header and empty filler rows left out. */
  get rows(): Locator {
    return this.dialog
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell').filter({ hasText: /\S/ }) })
  }
  link(name: string): Locator {
    return this.dialog.getByRole('link', { name, exact: true })
  }

  async chooseChangedBy(option: string): Promise<void> {
    await this.changedBy.click()
    await this.page.getByRole('option', { name: option, exact: true }).click()
    await expect(this.changedBy).toHaveText(option)
  }

  /** Types a System ID and applies it with Enter, as a filter bar field applies. */
  async filterBySystemId(systemId: string): Promise<void> {
    await this.systemId.fill(systemId)
    await this.systemId.press('Enter')
  }
}
