import type { Locator, Page } from '@playwright/test'

/** The ShellBar: the simulated clock, the notifications and Simulation Settings. */
export class ShellBarPage {
  constructor(private readonly page: Page) {}

  get clock(): Locator {
    return this.page.getByTestId('simulation-clock')
  }

  /** The ShellBar's Simulation Settings item, by its name in the language shown. */
  simulationSettingsButton(name = 'Simulation Settings'): Locator {
    return this.page.getByRole('button', { name })
  }

  get notificationsButton(): Locator {
    // The button's name is "1 item" once a count shows; UI5's stable marker names it reliably.
    return this.page.locator('ui5-shellbar [data-ui5-stable="notifications"]')
  }

  get notificationsPopover(): Locator {
    return this.page.locator('ui5-popover.shell__notifications')
  }

  notification(title: string | RegExp): Locator {
    return this.notificationsPopover.locator('ui5-li-notification', { hasText: title })
  }

  async openTimeTravel() {
    await this.clock.click()
  }

  async openNotifications() {
    await this.notificationsButton.click()
  }
}
