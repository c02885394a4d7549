import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { startScenario } from '../../e2e/support/seed-steps'

const images = fileURLToPath(new URL('../../docs/images/', import.meta.url))

test('an external system that trusts the issuer, halfway through the overlap', async ({ page }) => {
  await startScenario(page, 'halfway')
  await page.goto('./#/ExternalSystem-maintain/s4h-fin.example.com')
  await expect(page.getByText('SAP Cloud Root CA (simulated)').first()).toBeVisible()
  await page.screenshot({ path: `${images}external-system.png` })
})
