import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test as base } from '../fixtures'
import { ClientCertificatesPage } from '../pages/client-certificates-page'
import { CommunicationSystemsPage } from '../pages/communication-systems-page'
import { ExternalSystemsPage } from '../pages/external-systems'
import { RotationCockpitPage } from '../pages/rotation-cockpit'
import { ShellBarPage } from '../pages/shell-bar'
import { TimeTravelDialogPage } from '../pages/time-travel-dialog'
import { demoFolder } from './demo-output'
import { demoStep } from './demo-step'

/** Where a demo starts: a scenario id of the catalog, optionally a later date and a screen (hash route). */
export interface DemoStart {
  scenario: string
  date?: string
  screen?: string
}

/** The demo's own verbs: start somewhere, mark a step, travel in time. */
export class Demo {
  private readonly shell: ShellBarPage
  private readonly timeTravel: TimeTravelDialogPage

  constructor(private readonly page: Page) {
    this.shell = new ShellBarPage(page)
    this.timeTravel = new TimeTravelDialogPage(page)
  }

  /**
   * Opens a screen in a scenario and date through the URL parameters (no clicking, no API calls).
   * `replace=1`: a demo replaces whatever the browser holds without asking (docs/demos.md).
   */
  async start({ scenario, date, screen = '' }: DemoStart): Promise<void> {
    const query = new URLSearchParams({ scenario, ...(date ? { date } : {}), replace: '1' })
    await this.page.goto(`./?${query}#/${screen}`)
    await expect(this.shell.clock).toHaveText(/\d{4}/)
  }

  /** A numbered screenshot with a caption: `NN-title.png` in the demo's folder. */
  async step(title: string): Promise<void> {
    await demoStep(this.page, title)
  }

  /** Time travel to the next issuance or rotation through the ShellBar's clock; the summary is captured as a step. */
  async travelToNextEvent(title: string): Promise<void> {
    await this.shell.openTimeTravel()
    await this.timeTravel.goToNextEvent()
    await expect(this.timeTravel.summary).toBeVisible()
    await this.step(title)
    await this.timeTravel.close()
  }

  /** The simulated date the ShellBar shows (a query), e.g. "Mar 1, 2027 · Stable". */
  async today(): Promise<string> {
    return (await this.shell.clock.innerText()).trim()
  }
}

interface DemoFixtures {
  demo: Demo
  certificates: ClientCertificatesPage
  systems: CommunicationSystemsPage
  external: ExternalSystemsPage
  cockpit: RotationCockpitPage
  shell: ShellBarPage
}

/**
 * `test` for demos: the page objects of every app, and `demo`, which also saves the video by name.
 * (The fixture callback is called `provide`, not `use`: the React hooks lint rule mistakes `use`.)
 */
export const test = base.extend<DemoFixtures>({
  demo: async ({ page }, provide, testInfo) => {
    await provide(new Demo(page))
    // The video is only complete once the page is closed; keep it beside the screenshots.
    const video = page.video()
    await page.close()
    await video?.saveAs(join(demoFolder(testInfo), 'video.webm'))
  },
  certificates: async ({ page }, provide) => provide(new ClientCertificatesPage(page)),
  systems: async ({ page }, provide) => provide(new CommunicationSystemsPage(page)),
  external: async ({ page }, provide) => provide(new ExternalSystemsPage(page)),
  cockpit: async ({ page }, provide) => provide(new RotationCockpitPage(page)),
  shell: async ({ page }, provide) => provide(new ShellBarPage(page)),
})

export { expect }
