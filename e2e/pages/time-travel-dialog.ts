import type { Locator, Page } from '@playwright/test'
import { expect } from '../fixtures'

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
    const goForward = this.root.getByRole('button', {
      name: `Go forward ${days} ${days === 1 ? 'day' : 'days'}`,
    })
    // Right after the dialog opens, UI5's StepInput can drop a value typed before it finished
    // rendering; the button's label says when the value has landed, so type until it has.
    await expect(async () => {
      await this.daysInput.fill(String(days))
      await this.daysInput.press('Enter')
      await expect(goForward).toBeVisible({ timeout: 1_000 })
    }).toPass({ timeout: 10_000 })
    await goForward.click()
  }

  async close() {
    await this.root.getByRole('button', { name: 'Close' }).click()
  }
}
