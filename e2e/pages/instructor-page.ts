import type { Locator, Page } from '@playwright/test'

/**
 * The lab server's instructor page (`/instructor/`): the sign-in, the landscapes (AnalyticalTable,
 * light DOM) with their row actions, and the New Landscape, Advance All and Reset dialogs.
 */
export class InstructorPage {
  constructor(private readonly page: Page) {}

  get tokenField(): Locator {
    return this.page.getByRole('textbox', { name: 'Admin token' })
  }

  get signInButton(): Locator {
    return this.page.getByRole('button', { name: 'Sign In' })
  }

  get refusedToken(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'did not accept this token' })
  }

  async signIn(token: string): Promise<void> {
    await this.tokenField.fill(token)
    await this.signInButton.click()
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Landscapes', level: 1 })
  }

  get table(): Locator {
    return this.page.getByRole('grid', { name: 'Landscapes' })
  }

  /** The row of the landscape `id` (its first cell is the link to it). */
  row(id: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: `Open landscape ${id} (new tab)` }) })
  }

  link(id: string): Locator {
    return this.page.getByRole('link', { name: `Open landscape ${id} (new tab)` })
  }

  get classFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'Class' })
  }

  async chooseClass(className: string): Promise<void> {
    await this.classFilter.click()
    await this.page.getByRole('option', { name: className, exact: true }).click()
  }

  get newButton(): Locator {
    return this.page.getByRole('button', { name: 'New Landscape' })
  }

  get advanceAllButton(): Locator {
    return this.page.getByRole('button', { name: 'Advance All' })
  }

  // A UI5 dialog's content is slotted into its shadow root: found from the open ui5-dialog element.
  get dialog(): Locator {
    return this.page.locator('ui5-dialog[open]')
  }

  get classField(): Locator {
    return this.dialog.getByRole('textbox', { name: 'Class (optional)' })
  }

  /** "Negative: <message>" or "None: " of a UI5 input found by its inner textbox. */
  async valueStateOf(field: Locator): Promise<string> {
    return field.evaluate((input) => {
      const host = (input.getRootNode() as ShadowRoot).host as HTMLElement & { valueState?: string }
      const message = host.querySelector('[slot="valueStateMessage"]')?.textContent ?? ''
      return `${host.valueState ?? ''}: ${message.trim()}`
    })
  }

  /** The notice above the table after a create: "Landscape created: <url>". */
  get createdNotice(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Landscape created:' })
  }

  async chooseScenario(title: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: 'Scenario' }).click()
    await this.page.getByRole('option', { name: title, exact: true }).click()
  }

  /** A message box (the delete confirmation), by its title. */
  messageBox(title: string): Locator {
    return this.dialog.filter({ has: this.page.getByRole('heading', { name: title, exact: true }) })
  }

  dialogButton(name: string): Locator {
    return this.dialog.getByRole('button', { name, exact: true })
  }

  resetButton(id: string): Locator {
    return this.page.getByRole('button', { name: `Reset landscape ${id}` })
  }

  deleteButton(id: string): Locator {
    return this.page.getByRole('button', { name: `Delete landscape ${id}` })
  }
}
