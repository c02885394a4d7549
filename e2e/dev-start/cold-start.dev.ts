import { readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { certificateId } from '../support/backend-api'
import { ClientCertificatesPage } from '../pages/client-certificates-page'
import { CommunicationArrangementsPage } from '../pages/communication-arrangements-page'
import { CommunicationSystemsPage } from '../pages/communication-systems-page'
import { ExternalSystemsPage } from '../pages/external-systems'
import { RotationCockpitPage } from '../pages/rotation-cockpit'
import { SapTrustCenterPage, trustCenterTexts } from '../pages/sap-trust-center'
import { UserMenuPage } from '../pages/user-menu'

// Issue 13, finding 9: `npm start` on a fresh clone showed "Something went wrong — Failed to fetch
// dynamically imported module …/cockpit-routes.tsx" on the first visit to an app. Every app's
// routes are loaded lazily; whatever they import must load on a dev server that has just started
// (a cold dependency cache), and no package may be found so late that the dev server reloads.

interface DeepLink {
  intent: string
  /** Below the app's intent: '' for its list, or an object page (found through the API). */
  path: (page: Page) => Promise<string>
  heading: (page: Page) => Locator
}

/** Each app's list and one of its object pages. */
const deepLinks: DeepLink[] = [
  {
    intent: 'ClientCertificate-maintain',
    path: async () => '',
    heading: (page) => new ClientCertificatesPage(page).heading,
  },
  {
    intent: 'ClientCertificate-maintain',
    path: async (page) => `/${await certificateId(page, 'Client Default')}`,
    heading: (page) => new ClientCertificatesPage(page).title('Client Default'),
  },
  {
    intent: 'CommunicationSystem-maintain',
    path: async () => '',
    heading: (page) => new CommunicationSystemsPage(page).listTitle,
  },
  {
    intent: 'CommunicationSystem-maintain',
    path: async () => '/MDG-HUB',
    heading: (page) => new CommunicationSystemsPage(page).heading('Master Data Hub'),
  },
  {
    intent: 'CommunicationArrangement-maintain',
    path: async () => '',
    heading: (page) => new CommunicationArrangementsPage(page).listTitle,
  },
  {
    intent: 'CommunicationArrangement-maintain',
    path: async () => '/Z_TAX_PARTNERS',
    heading: (page) => new CommunicationArrangementsPage(page).heading('Z_TAX_PARTNERS'),
  },
  {
    intent: 'RotationCockpit-display',
    path: async () => '',
    heading: (page) => new RotationCockpitPage(page).heading,
  },
  {
    intent: 'ExternalSystem-maintain',
    path: async () => '',
    heading: (page) => new ExternalSystemsPage(page).listHeading,
  },
  {
    intent: 'ExternalSystem-maintain',
    path: async () => `/${encodeURIComponent('api.successfactors.example.com')}`,
    heading: (page) => new ExternalSystemsPage(page).heading('api.successfactors.example.com'),
  },
  {
    intent: 'SapTrustCenter-display',
    path: async () => '',
    heading: (page) => new SapTrustCenterPage(page).heading,
  },
]

/** What the dev server prints when it found a package late and makes every open page reload. */
const lateDiscovery = /new dependencies|optimized dependencies changed/i

test('every deep link opens on a freshly started dev server', async ({ page }) => {
  // The dev server's client reloads the page when the optimizer changed: count the documents.
  let documentsLoaded = 0
  page.on('load', () => documentsLoaded++)
  const errorTitle = page.getByText('Something went wrong')

  await page.goto('./')
  await expect(page.getByRole('region', { name: 'Security' })).toBeVisible()
  // One tile per app in src/app-registry.ts: an app added there without a deep link here fails.
  const tiles = await page
    .getByRole('main')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
  const intents = new Set(deepLinks.map((link) => `#/${link.intent}`))
  expect(tiles.toSorted()).toEqual([...intents].toSorted())

  for (const link of deepLinks) {
    const url = `#/${link.intent}${await link.path(page)}`
    // A new hash only, as after a click on a tile: the apps' routes load once the simulated backend
    // runs in the page, and the page is loaded again only if the dev server reloads it.
    await page.goto(`./${url}`)
    await expect(link.heading(page).or(errorTitle), url).toBeVisible()
    await expect(errorTitle, url).toHaveCount(0)
    expect(documentsLoaded, `${url}: the dev server reloaded the page`).toBe(1)
  }

  // Themes and languages load their UI5 parameters and texts only when chosen.
  const userMenu = new UserMenuPage(page)
  await userMenu.chooseTheme('Horizon Dark')
  await userMenu.chooseLanguage('Deutsch')
  await expect(new SapTrustCenterPage(page, trustCenterTexts.de).heading).toBeVisible()
  await expect(errorTitle).toHaveCount(0)
  expect(documentsLoaded, 'theme and language: the dev server reloaded the page').toBe(1)

  const log = readFileSync(process.env.DEV_START_LOG!, 'utf8')
  expect(log.split('\n').filter((line) => lateDiscovery.test(line))).toEqual([])
})
