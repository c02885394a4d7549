import { expect, type Locator, type Page } from '@playwright/test'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The Communication Systems app for tests: list report, object page and its dialogs. UI5 know-how
 * lives here: dialogs are scoped from `ui5-dialog[open]`, AnalyticalTable rows are light DOM rows,
 * options of a Select are named "<description> <validity>".
 */
export class CommunicationSystemsPage {
  constructor(readonly page: Page) {}

  // ---- list report
  get listTitle(): Locator {
    return this.page.getByRole('heading', { name: 'Communication Systems', exact: true })
  }
  get search(): Locator {
    return this.page
      .getByRole('searchbox', { name: 'Search' })
      .or(this.page.getByRole('textbox', { name: 'Search' }))
  }
  get certificateFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'Client Certificate' })
  }
  get readinessFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'Readiness' })
  }
  /** The growing list's "More", named with how many rows are shown ("More: 100 of 5,000 …"). */
  get moreButton(): Locator {
    return this.page.getByRole('button', { name: /^More: / })
  }
  get certificateFilterStrip(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Showing systems that use' })
  }
  /** The data rows of a table (header and empty filler rows have no gridcell text). */
  rows(text: string | RegExp): Locator {
    return this.page.getByRole('row').filter({ hasText: text })
  }
  systemRow(systemId: string): Locator {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByText(systemId, { exact: true }) })
  }

  /** Waits until the table shows its rows or says it has none: the queries below read what is shown. */
  private async listShown(): Promise<void> {
    // Filler rows (a short list keeps five lines) and a loading table have cells, but no text in them.
    const dataRow = this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell').filter({ hasText: /\S/ }) })
    const noData = this.page.getByText(/^No communication systems (match the filters|yet)/)
    await expect(dataRow.first().or(noData)).toBeVisible()
  }

  /** The System IDs of the rows shown (a query: it returns data). */
  async systemIdsShown(): Promise<string[]> {
    await this.listShown()
    // Column 1 is the selection checkbox, column 2 the System ID.
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell') })
      .evaluateAll((rows) =>
        rows
          .map((row) => row.querySelectorAll('[role="gridcell"]')[1]?.textContent?.trim() ?? '')
          .filter((id) => id !== ''),
      )
  }

  /** System ID and System Name of the rows shown (a query: it returns data). */
  async systemsShown(): Promise<{ systemId: string; systemName: string }[]> {
    await this.listShown()
    // Column 1 is the selection checkbox, then System ID and System Name.
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell') })
      .evaluateAll((rows) =>
        rows
          .map((row) =>
            [...row.querySelectorAll('[role="gridcell"]')].map(
              (cell) => cell.textContent?.trim() ?? '',
            ),
          )
          .filter((cells) => (cells[1] ?? '') !== '')
          .map((cells) => ({ systemId: cells[1]!, systemName: cells[2] ?? '' })),
      )
  }

  // ---- object page
  /** The object page's title: the System Name. */
  heading(systemName: string): Locator {
    return this.page.getByRole('heading', { name: systemName, exact: true, level: 1 })
  }
  sectionTab(name: string): Locator {
    return this.page.getByRole('tab', { name })
  }
  get editButton(): Locator {
    return this.page.getByRole('button', { name: 'Edit', exact: true })
  }
  get saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Save', exact: true })
  }
  get cancelButton(): Locator {
    return this.page.getByRole('button', { name: 'Cancel', exact: true })
  }
  field(label: string): Locator {
    return this.page
      .getByRole('textbox', { name: label, exact: true })
      .or(this.page.getByRole('spinbutton', { name: label, exact: true }))
  }

  checkbox(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label, exact: true })
  }

  // ---- dialogs
  get dialog(): Locator {
    return this.page.locator('ui5-dialog[open]')
  }
  dialogField(label: string): Locator {
    return this.dialog.getByRole('textbox', { name: label, exact: true })
  }
  /** A password input has no textbox role: it is found by its accessible name. */
  get dialogPassword(): Locator {
    return this.dialog.getByLabel('Password', { exact: true })
  }
  dialogSelect(label: string): Locator {
    return this.dialog.getByRole('combobox', { name: label, exact: true })
  }
  dialogButton(name: string): Locator {
    return this.dialog.getByRole('button', { name, exact: true })
  }

  /** Why the open dialog did not save or delete (a 412 "changed meanwhile" with Reload, or a failure). */
  get dialogProblem(): Locator {
    return this.dialog.getByRole('alert')
  }
  /** The Client Certificate cell of an outbound user's row, if it shows `description` exactly. */
  outboundUserCertificate(userName: string, description: string): Locator {
    return this.rows(userName).getByRole('gridcell', { name: description, exact: true })
  }
  /** The result of Check Connection in the open dialog. */
  get connectionResult(): Locator {
    return this.dialog.getByRole('status')
  }
  get breadcrumbToList(): Locator {
    return this.page
      .getByRole('navigation', { name: 'Breadcrumb Trail' })
      .getByRole('link', { name: /^Communication Systems/ })
  }
  /** A message box (delete confirmation, "Discard changes?"), by its title. */
  messageBox(title: string): Locator {
    return this.page
      .locator('ui5-dialog[open]')
      .filter({ has: this.page.getByRole('heading', { name: title, exact: true }) })
  }

  // ---- actions
  async openList(query = ''): Promise<void> {
    await this.page.goto(`./#/CommunicationSystem-maintain${query}`)
    await expect(this.listTitle).toBeVisible()
  }

  async filterByCertificate(description: string): Promise<void> {
    await this.certificateFilter.click()
    await this.page.getByRole('option', { name: description, exact: true }).click()
  }

  async openSystem(systemId: string): Promise<void> {
    const idCell = this.systemRow(systemId).getByRole('gridcell').filter({ hasText: systemId })
    // The table lays its columns out in steps after it appears (its width, then each column's); a
    // click in between can land on the selection column. Click once System ID has its 180 px.
    await expect
      .poll(() => idCell.first().evaluate((cell) => cell.getBoundingClientRect().width))
      .toBeGreaterThan(100)
    await this.systemRow(systemId).getByText(systemId, { exact: true }).click()
    await expect(this.page).toHaveURL(
      new RegExp(`/CommunicationSystem-maintain/${escape(encodeURIComponent(systemId))}`),
    )
    await expect(this.sectionTab('General Data')).toBeVisible()
  }

  /** Ticks the row's selection cell (its checkbox is aria-hidden; the cell takes the click). */
  async selectSystem(systemId: string): Promise<void> {
    await this.systemRow(systemId).getByRole('gridcell').first().click()
    await expect(this.systemRow(systemId).getByRole('gridcell').first()).toHaveAttribute(
      'aria-selected',
      'true',
    )
  }

  async goToSection(name: string): Promise<void> {
    await this.sectionTab(name).click()
  }

  async openOutboundUser(userName: string): Promise<void> {
    await this.rows(userName).getByText(userName, { exact: true }).click()
    await expect(this.dialog.getByText(`Outbound User ${userName}`)).toBeVisible()
  }

  /** Chooses a certificate by its description in the open dialog's Client Certificate field. */
  async chooseClientCertificate(description: string): Promise<void> {
    await this.dialogSelect('Client Certificate').click()
    await this.page
      .getByRole('option', { name: new RegExp(`^${escape(description)} (valid to|removed on)`) })
      .click()
    await expect(this.dialogSelect('Client Certificate')).toHaveText(description)
  }

  async chooseInDialog(label: string, option: string): Promise<void> {
    await this.dialogSelect(label).click()
    await this.page.getByRole('option', { name: option, exact: true }).click()
  }

  async saveDialog(): Promise<void> {
    await this.dialogButton('Save').click()
  }

  /** The outbound users of the open system that present `description` (a query: it returns data). */
  async outboundUsersOn(description: string): Promise<string[]> {
    await this.goToSection('Users for Outbound Communication')
    return this.outboundUserNamesOn(description)
  }

  /** The same, once the Users for Outbound Communication section shows (it navigates nowhere). */
  async outboundUserNamesOn(description: string): Promise<string[]> {
    await expect(
      this.page.getByRole('heading', { name: /^Users for Outbound Communication \(/ }),
    ).toBeVisible()
    // The table's rows are light DOM; the first cell holds the User Name.
    const rows = this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell', { name: description, exact: true }) })
    const names = await rows.evaluateAll((found) =>
      found.map((row) => row.querySelector('[role="gridcell"]')?.textContent?.trim() ?? ''),
    )
    return names.filter((name) => name !== '')
  }

  /** Seed step 2 for one user: open it, choose the certificate, Save, and wait for the dialog to close. */
  async switchOutboundUser(userName: string, description: string): Promise<void> {
    await this.openOutboundUser(userName)
    await this.chooseClientCertificate(description)
    await this.saveDialog()
    await expect(this.dialog).toHaveCount(0)
  }

  /** Delete in the open user dialog, confirmed in its message box (the dialog may stay on a refusal). */
  async deleteInDialog(userName: string): Promise<void> {
    await this.dialogButton('Delete').click()
    const confirm = this.messageBox('Delete')
    await expect(
      confirm.getByText(new RegExp(`Delete outbound user ${escape(userName)} `)),
    ).toBeVisible()
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click()
    await expect(confirm).toHaveCount(0)
  }

  /** Opens the user and runs Check Connection; the dialog stays open on the result (connectionResult). */
  async checkConnection(userName: string): Promise<void> {
    await this.openOutboundUser(userName)
    await this.dialogButton('Check Connection').click()
    await expect(this.connectionResult).toContainText(/\d{3} /)
  }

  async closeDialog(): Promise<void> {
    await this.dialogButton('Cancel').click()
    await expect(this.dialog).toHaveCount(0)
  }
}
