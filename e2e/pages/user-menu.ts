import type { Locator, Page } from '@playwright/test'

/** The ShellBar's user menu (avatar "AD") with its Theme choice. */
export class UserMenuPage {
  constructor(private readonly page: Page) {}

  get avatar(): Locator {
    return this.page.getByRole('button', { name: 'User menu' })
  }

  get menu(): Locator {
    return this.page.locator('ui5-user-menu[open]')
  }

  get themeItem(): Locator {
    return this.page.getByRole('menuitem', { name: 'Theme' })
  }

  themeOption(name: 'SAP Horizon' | 'Horizon Dark' | 'High Contrast Black'): Locator {
    return this.page.getByRole('menuitemradio', { name }).or(this.page.getByRole('menuitem', { name, exact: true }))
  }

  async chooseTheme(name: 'SAP Horizon' | 'Horizon Dark' | 'High Contrast Black') {
    await this.avatar.click()
    await this.themeItem.click()
    await this.themeOption(name).click()
  }
}
