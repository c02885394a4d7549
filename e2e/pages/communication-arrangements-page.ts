import { expect, type Locator, type Page } from '@playwright/test'

/**
 * The Communication Arrangements app for tests: list report, New dialog, object page. Texts are
 * passed in where a test runs in German; the defaults are the English ones.
 */
export class CommunicationArrangementsPage {
  constructor(
    readonly page: Page,
    private readonly words = {
      title: 'Communication Arrangements',
      search: 'Search',
      scenario: 'Communication Scenario',
      certificate: 'Client Certificate',
    },
  ) {}

  // ---- launchpad
  get tile(): Locator {
    return this.page.getByRole('link', { name: new RegExp(`^${this.words.title}`) })
  }

  // ---- list report
  get listTitle(): Locator {
    return this.page.getByRole('heading', { name: this.words.title, exact: true, level: 1 })
  }
  get search(): Locator {
    return this.page
      .getByRole('searchbox', { name: this.words.search })
      .or(this.page.getByRole('textbox', { name: this.words.search }))
  }
  get scenarioFilter(): Locator {
    return this.page.getByRole('combobox', { name: this.words.scenario, exact: true })
  }
  get certificateFilter(): Locator {
    return this.page.getByRole('combobox', { name: this.words.certificate, exact: true })
  }
  /** A data row of the list, by its Arrangement Name. */
  row(name: string): Locator {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell', { name, exact: true }) })
  }
  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true })
  }

  /** The Arrangement Names of the rows shown, once the table shows rows or says it has none. */
  async namesShown(): Promise<string[]> {
    const dataRow = this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell').filter({ hasText: /\S/ }) })
    const noData = this.page.getByText(
      /^No communication arrangements|^Keine Kommunikationsvereinbarungen/,
    )
    // The no-data text is both a row and its cell: either one will do.
    await expect(dataRow.or(noData).first()).toBeVisible()
    // Column 1 is the selection checkbox, column 2 the Arrangement Name.
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell') })
      .evaluateAll((rows) =>
        rows
          .map((row) => row.querySelectorAll('[role="gridcell"]')[1]?.textContent?.trim() ?? '')
          .filter((name) => name !== ''),
      )
  }

  async openList(query = ''): Promise<void> {
    await this.page.goto(`./#/CommunicationArrangement-maintain${query}`)
    await expect(this.listTitle).toBeVisible()
  }

  async chooseOption(select: Locator, option: string | RegExp): Promise<void> {
    await select.click()
    await this.page.getByRole('option', { name: option }).click()
  }

  async openArrangement(name: string): Promise<void> {
    const cell = this.row(name).getByRole('gridcell', { name, exact: true })
    // The table lays its columns out in steps after it appears: click once the name has its width.
    await expect
      .poll(() => cell.evaluate((element) => element.getBoundingClientRect().width))
      .toBeGreaterThan(100)
    await cell.click()
    await expect(this.heading(name)).toBeVisible()
  }

  async selectRow(name: string): Promise<void> {
    await this.row(name).getByRole('gridcell').first().click()
    await expect(this.row(name).getByRole('gridcell').first()).toHaveAttribute(
      'aria-selected',
      'true',
    )
  }

  // ---- dialogs and message boxes
  get dialog(): Locator {
    return this.page.locator('ui5-dialog[open]')
  }
  dialogCombobox(label: string): Locator {
    return this.dialog.getByRole('combobox', { name: label, exact: true })
  }
  /**
   * Types a value into a value help and accepts the suggestion, as a user does: the items must have
   * arrived (UI5's combo box settles its value against them), and the suggestion list must be closed
   * before the next field — UI5 focuses the combo box again once its list has opened, so text typed
   * elsewhere meanwhile would land in it.
   */
  async fillValueHelp(label: string, value: string): Promise<void> {
    const field = this.dialogCombobox(label)
    await this.valueHelpLoaded(label)
    await field.fill(value)
    await expect(field).toHaveAttribute('aria-expanded', 'true')
    await field.press('Enter')
    await expect(field).toHaveAttribute('aria-expanded', 'false')
    await expect(field).toHaveValue(value)
  }
  /**
   * Waits until a value help's items have arrived: typed before them, a value matches nothing and UI5
   * opens no list. (Waiting for `loading` to go was not enough: right after the dialog opens, the
   * attribute may not be reflected yet — a CI run typed into the empty box and waited for a list.)
   */
  async valueHelpLoaded(label: string): Promise<void> {
    const field = this.dialogCombobox(label)
    await expect
      .poll(() =>
        field.evaluate((input) => {
          const host = (input.getRootNode() as ShadowRoot).host as Element & { loading?: boolean }
          return !host.loading && host.querySelector('ui5-cb-item') !== null
        }),
      )
      .toBe(true)
  }
  dialogField(label: string): Locator {
    return this.dialog.getByRole('textbox', { name: label, exact: true })
  }
  messageBox(title: string): Locator {
    return this.page
      .locator('ui5-dialog[open]')
      .filter({ has: this.page.getByRole('heading', { name: title, exact: true }) })
  }
  /** The value state message of a UI5 field: what the field says is wrong with it. */
  async valueStateOf(field: Locator): Promise<string> {
    return field.evaluate((input) => {
      const host = (input.getRootNode() as ShadowRoot).host as HTMLElement & {
        valueState?: string
      }
      const message = host.querySelector('[slot="valueStateMessage"]')?.textContent ?? ''
      return `${host.valueState ?? ''}: ${message.trim()}`
    })
  }

  // ---- object page
  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, exact: true, level: 1 })
  }
  sectionTab(name: string): Locator {
    return this.page.getByRole('tab', { name })
  }
  /** The Check Connection button of one outbound service. */
  checkConnection(serviceName: string): Locator {
    return this.page.getByRole('button', { name: `Check Connection of ${serviceName}` })
  }
  /** The results of Check Connection, one per service checked. */
  get checkResults(): Locator {
    return this.page.getByRole('group', { name: 'Check Connection results' })
  }
  serviceSwitch(serviceName: string): Locator {
    return this.page.getByRole('switch', { name: `Service Status ${serviceName}` })
  }
  serviceRow(serviceName: string): Locator {
    return this.page.getByRole('row').filter({ hasText: serviceName })
  }
}
