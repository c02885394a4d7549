import type { Locator, Page } from '@playwright/test'

/** The dialog's texts a test finds it by, in the language the app shows. */
export interface TimeTravelTexts {
  nextEvent: string
  nextEventButton: RegExp
  date: string
  days: string
  goToDate: string
  goForward: (days: number) => string
  close: string
}

export const englishTimeTravel: TimeTravelTexts = {
  nextEvent: 'Next event',
  nextEventButton: /^Go to .* \((Issuance|Rotation)\)$/,
  date: 'Date',
  days: 'Days',
  goToDate: 'Go to date',
  goForward: (days) => `Go forward ${days} ${days === 1 ? 'day' : 'days'}`,
  close: 'Close',
}

export const germanTimeTravel: TimeTravelTexts = {
  nextEvent: 'Nächstes Ereignis',
  nextEventButton: /^Weiter zum .* \((Ausstellung|Rotation)\)$/,
  date: 'Datum',
  days: 'Tage',
  goToDate: 'Zum Datum',
  goForward: (days) => `${days} ${days === 1 ? 'Tag' : 'Tage'} vorwärts`,
  close: 'Schließen',
}

/** The Time travel dialog opened from the ShellBar's clock. */
export class TimeTravelDialogPage {
  constructor(
    private readonly page: Page,
    private readonly texts: TimeTravelTexts = englishTimeTravel,
  ) {}

  get root(): Locator {
    return this.page.locator('ui5-dialog[open]', { hasText: this.texts.nextEvent })
  }

  get nextEventButton(): Locator {
    return this.root.getByRole('button', { name: this.texts.nextEventButton })
  }

  get dateField(): Locator {
    return this.root.locator('ui5-date-picker')
  }

  get dateInput(): Locator {
    return this.root.getByRole('textbox', { name: this.texts.date })
  }

  get daysInput(): Locator {
    return this.root.getByRole('textbox', { name: this.texts.days })
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

  /** Types a date the way a user does, in the picker's medium format ("Jan 10, 2027", "10.01.2027"). */
  async goToDate(typed: string) {
    await this.dateInput.fill(typed)
    await this.dateInput.press('Enter')
    await this.root.getByRole('button', { name: this.texts.goToDate }).click()
  }

  /**
   * Types the days right after the dialog opened, the way a fast typist does: no retry, the value
   * must not be lost (src/ui/typed-step-input-value.ts).
   */
  async goForwardDays(days: number) {
    await this.daysInput.fill(String(days))
    await this.daysInput.press('Enter')
    await this.root.getByRole('button', { name: this.texts.goForward(days) }).click()
  }

  async close() {
    await this.root.getByRole('button', { name: this.texts.close }).click()
  }
}
