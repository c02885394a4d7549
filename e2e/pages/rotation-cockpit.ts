import type { Locator, Page } from '@playwright/test'

/** The cockpit's texts the page object finds elements by, in the language the test starts the app in. */
export const cockpitTexts = {
  en: {
    heading: 'Rotation Cockpit',
    timeline: 'Rotation cycle',
    switchButton: 'Switch to Client Default',
    switchDialog: 'Switch to Client Default',
    usersPresent: 'users present',
    readiness: 'Readiness',
    search: 'Search',
    groupBy: 'Group By',
  },
  de: {
    heading: 'Rotations-Cockpit',
    timeline: 'Rotationszyklus',
    switchButton: 'Auf Client Default umstellen',
    switchDialog: 'Auf Client Default umstellen',
    usersPresent: 'Benutzer legen',
    readiness: 'Bereitschaft',
    search: 'Suchen',
    groupBy: 'Gruppieren nach',
  },
} as const

type CockpitTexts = (typeof cockpitTexts)[keyof typeof cockpitTexts]

/** The Rotation Cockpit: counts, timeline, readiness worklist (AnalyticalTable, light DOM) and checklist. */
export class RotationCockpitPage {
  constructor(
    private readonly page: Page,
    private readonly texts: CockpitTexts = cockpitTexts.en,
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: this.texts.heading })
  }

  count(status: string): Locator {
    return this.page.getByTestId(`count-${status}`)
  }

  get countdown(): Locator {
    return this.page.getByTestId('rotation-countdown')
  }

  get timeline(): Locator {
    return this.page.getByRole('img', { name: this.texts.timeline })
  }

  get worklist(): Locator {
    return this.page.getByTestId('readiness-worklist')
  }

  /** The worklist row of one outbound user (by its User Name, which is unique in the sample landscape). */
  row(userName: string): Locator {
    return this.worklist
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell', { name: userName, exact: true }) })
  }

  /** The header row of a group in the grouped worklist, by the group's text (e.g. an arrangement name). */
  groupRow(name: string | RegExp): Locator {
    return this.worklist
      .getByRole('row')
      .filter({ has: this.page.locator('[aria-expanded]') })
      .filter({ hasText: name })
  }

  /** The text of each row the worklist shows, top to bottom (group rows included). */
  async rowTexts(): Promise<string[]> {
    return this.worklist.getByRole('row').allTextContents()
  }

  get checklist(): Locator {
    return this.page.getByTestId('system-checklist')
  }

  checklistRow(systemId: string): Locator {
    return this.checklist
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell', { name: systemId, exact: true }) })
  }

  get switchButton(): Locator {
    return this.page.getByRole('button', { name: this.texts.switchButton })
  }

  get switchDialog(): Locator {
    return this.page
      .locator('ui5-dialog[open]', { hasText: this.texts.usersPresent })
      .or(this.page.locator(`ui5-dialog[open][header-text="${this.texts.switchDialog}"]`))
  }

  get successMessage(): Locator {
    return this.page.getByText('Every user is ready for the rotation')
  }

  async open() {
    await this.page.goto('./#/RotationCockpit-display')
  }

  /** Ticks the row's selection box. */
  async select(userName: string) {
    await this.row(userName).getByRole('gridcell').first().click()
  }

  /** Ticks the header's select-all box. */
  async selectAll() {
    await this.worklist.getByRole('columnheader').first().click()
  }

  async filterReadiness(status: string) {
    await this.page.getByRole('combobox', { name: this.texts.readiness }).click()
    await this.page.getByRole('option', { name: status, exact: true }).click()
  }

  async groupBy(grouping: string) {
    await this.page.getByRole('combobox', { name: this.texts.groupBy }).click()
    await this.page.getByRole('option', { name: grouping, exact: true }).click()
  }

  async search(text: string) {
    await this.page.getByRole('textbox', { name: this.texts.search }).fill(text)
  }
}
