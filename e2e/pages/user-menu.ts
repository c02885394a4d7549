import type { Locator, Page } from '@playwright/test'

const english = { avatar: 'User menu', language: 'Language' }

/** The ShellBar's user menu (avatar "AD") with its Theme and Language choices. */
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
    return this.page
      .getByRole('menuitemradio', { name })
      .or(this.page.getByRole('menuitem', { name, exact: true }))
  }

  /**
   * Chooses a language. The avatar and the item are found by their names in the language shown
   * now; each language is named in itself ("Deutsch"), so that option reads the same in any.
   */
  async chooseLanguage(
    name: 'English' | 'Deutsch',
    from: { avatar: string; language: string } = english,
  ) {
    await this.page.getByRole('button', { name: from.avatar }).click()
    await this.page.getByRole('menuitem', { name: from.language }).click()
    await this.page
      .getByRole('menuitemradio', { name })
      .or(this.page.getByRole('menuitem', { name, exact: true }))
      .click()
  }

  async chooseTheme(name: 'SAP Horizon' | 'Horizon Dark' | 'High Contrast Black') {
    await this.avatar.click()
    await this.themeItem.click()
    await this.themeOption(name).click()
  }
}
