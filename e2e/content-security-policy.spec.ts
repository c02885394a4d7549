import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ClientCertificatesPage } from './pages/client-certificates-page'
import { CommunicationSystemsPage } from './pages/communication-systems-page'
import { ExternalSystemsPage } from './pages/external-systems'
import { RotationCockpitPage } from './pages/rotation-cockpit'
import { SapTrustCenterPage } from './pages/sap-trust-center'
import { ShellBarPage } from './pages/shell-bar'
import { TimeTravelDialogPage } from './pages/time-travel-dialog'
import { UserMenuPage } from './pages/user-menu'
import { certificateId } from './support/backend-api'
import { startScenario } from './support/seed-steps'

// Issue 13, finding 7: the app runs under a strict Content-Security-Policy (scripts/vite/
// content-security-policy.ts). Every screen is visited and any violation fails the test, whether
// the browser reports it as a `securitypolicyviolation` event or only on the console.

/** Collects every CSP violation of the page, across navigations and reloads. */
async function collectViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    // Violations inside shadow roots are composed events: they reach the document too.
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void })
        .reportCspViolation
      void report(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ` +
          `${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      )
    })
  })
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text()))
      violations.push(`console: ${message.text()}`)
  })
  return violations
}

test('the policy is in force: header and meta, and a violation is seen', async ({ page }) => {
  const violations = await collectViolations(page)
  const response = await page.goto('./')
  const header = response?.headers()['content-security-policy'] ?? ''
  expect(header).toContain("script-src 'self'")
  expect(header).toContain("frame-ancestors 'none'")
  // The meta tag carries all but frame-ancestors, which browsers ignore (and warn about) in a meta.
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]')
  await expect(meta).toHaveAttribute('content', /default-src 'self'.*object-src 'none'/)
  await expect(meta).not.toHaveAttribute('content', /frame-ancestors/)
  expect(violations).toEqual([])

  // The control: an inline script is refused and reported, so an empty list below means something.
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.inlineScriptRan = true'
    document.body.append(script)
  })
  await expect.poll(() => violations.join('\n')).toContain('script-src')
  expect(await page.evaluate(() => 'inlineScriptRan' in window)).toBe(false)
})

type Visit = (screen: string, open: () => Promise<void>) => Promise<void>

/** Each group of screens, walked on one page in the scenario where the seed's work happens. */
const groups: { name: string; walk: (page: Page, visit: Visit) => Promise<void> }[] = [
  {
    name: 'the shell: launchpad, Time travel, Simulation Settings, notifications, user menu',
    walk: async (page, visit) => {
      const shell = new ShellBarPage(page)
      await visit('launchpad', () =>
        expect(page.getByRole('region', { name: 'Security' })).toBeVisible(),
      )
      await visit('Time travel dialog', async () => {
        await shell.openTimeTravel()
        const dialog = new TimeTravelDialogPage(page)
        await expect(dialog.nextEventButton).toBeVisible()
        await page.keyboard.press('Escape')
        await expect(dialog.root).toBeHidden()
      })
      await visit('Simulation Settings dialog', async () => {
        await shell.simulationSettingsButton().click()
        const dialog = page.locator('ui5-dialog[open]')
        await expect(dialog.getByText('Make the simulated backend slow or failing')).toBeVisible()
        await page.keyboard.press('Escape')
        await expect(dialog).toBeHidden()
      })
      await visit('notifications', async () => {
        await shell.openNotifications()
        await expect(shell.notificationsPopover).toBeVisible()
        await page.keyboard.press('Escape')
      })
      // A theme and a language are loaded at run time: their styles and texts come in under the policy too.
      const userMenu = new UserMenuPage(page)
      await visit('user menu, High Contrast Black', async () => {
        await userMenu.chooseTheme('High Contrast Black')
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'sap_horizon_hcb')
      })
      await visit('user menu, Deutsch', async () => {
        await userMenu.chooseLanguage('Deutsch')
        await expect(page.getByRole('region', { name: 'Sicherheit' })).toBeVisible()
      })
    },
  },
  {
    name: 'Maintain Client Certificates and SAP Trust Center',
    walk: async (page, visit) => {
      const certificates = new ClientCertificatesPage(page)
      await visit('Maintain Client Certificates list', async () => {
        await certificates.goto()
        await expect(certificates.row('Client Default Expiring')).toBeVisible()
      })
      await visit('client certificate object page and Export dialog', async () => {
        await page.goto(
          `./#/ClientCertificate-maintain/${await certificateId(page, 'Client Default')}`,
        )
        await expect(certificates.validityPicture).toBeVisible()
        await certificates.exportButton.click()
        await expect(certificates.openDialog.getByRole('radio').first()).toBeVisible()
      })
      const trustCenter = new SapTrustCenterPage(page)
      await visit('SAP Trust Center and its Download menu', async () => {
        await trustCenter.goto()
        await expect(trustCenter.dataRows).toHaveCount(2)
        await trustCenter.table
          .getByRole('button', { name: /^Download / })
          .first()
          .click()
        await expect(trustCenter.formatItem('pem')).toBeVisible()
      })
    },
  },
  {
    name: 'Communication Systems',
    walk: async (page, visit) => {
      const systems = new CommunicationSystemsPage(page)
      await visit('Communication Systems list', async () => {
        await systems.openList()
        await expect(systems.systemRow('WMS-3PL')).toBeVisible()
      })
      await visit('communication system object page and outbound user dialog', async () => {
        await page.goto('./#/CommunicationSystem-maintain/WMS-3PL')
        await systems.goToSection('Users for Outbound Communication')
        await systems.openOutboundUser('BTP_STOCK_QUERY')
        await expect(systems.dialogSelect('Client Certificate')).toHaveText(
          'Client Default Expiring',
        )
      })
      await visit('Display Changes dialog', async () => {
        await page.goto('./#/CommunicationSystem-maintain/SFSF-EC/changes')
        await expect(systems.dialog).toBeVisible()
      })
    },
  },
  {
    name: 'Rotation Cockpit, External Systems, error page',
    walk: async (page, visit) => {
      const cockpit = new RotationCockpitPage(page)
      await visit('Rotation Cockpit', async () => {
        await cockpit.open()
        await expect(cockpit.row('BTP_STOCK_QUERY')).toBeVisible()
      })
      const external = new ExternalSystemsPage(page)
      const sfsf = 'api.successfactors.example.com'
      await visit('External Systems list', async () => {
        await external.openList()
        await expect(external.list.getByRole('link', { name: sfsf })).toBeVisible()
      })
      await visit('external system object page', async () => {
        await external.open(sfsf)
        await expect(external.trustedRow(/Client Default/)).toBeVisible()
      })
      await visit('error page', async () => {
        await page.goto('./#/Diagnostics-renderError')
        await expect(page.getByText('Something went wrong')).toBeVisible()
      })
    },
  },
]

for (const group of groups) {
  test(`no CSP violation: ${group.name}`, async ({ page }) => {
    test.setTimeout(90_000)
    const violations = await collectViolations(page)
    await startScenario(page, 'new-certificate-issued')
    await group.walk(page, async (screen, open) => {
      await open()
      expect(violations, `CSP violations up to the ${screen}`).toEqual([])
    })
  })
}
