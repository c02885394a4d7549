import type { Locator, Page } from '@playwright/test'

/** The Time travel dialog opened from the ShellBar's clock. */
export class TimeTravelDialogPage {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.locator('ui5-dialog[open]', { hasText: 'Next event' })
  }

  get nextEventButton(): Locator {
    return this.root.getByRole('button', { name: /^Go to .* \((Issuance|Rotation)\)$/ })
  }

  get dateField(): Locator {
    return this.root.locator('ui5-date-picker')
  }

  get dateInput(): Locator {
    return this.root.getByRole('textbox', { name: 'Date' })
  }

  get daysInput(): Locator {
    return this.root.getByRole('textbox', { name: 'Days' })
  }

  get summary(): Locator {
    return this.root.getByTestId('move-summary')
  }

  get refusal(): Locator {
    return this.root.getByTestId('move-refused')
  }

  async goToNextEvent() {
    await this.nextEventButton.click()
  }

  /** Types a date the way a user does, in the picker's medium format ("Jan 10, 2027"). */
  async goToDate(typed: string) {
    await this.dateInput.fill(typed)
    await this.dateInput.press('Enter')
    await this.root.getByRole('button', { name: 'Go to date' }).click()
  }

  async goForwardDays(days: number) {
    await this.daysInput.fill(String(days))
    await this.daysInput.press('Enter')
    await this.root.getByRole('button', { name: `Go forward ${days} ${days === 1 ? 'day' : 'days'}` }).click()
  }

  async close() {
    await this.root.getByRole('button', { name: 'Close' }).click()
  }
}
