import { X509Certificate } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { SapTrustCenterPage, trustCenterTexts } from './pages/sap-trust-center'
import { failApiRequests, stopFailing } from './support/fault-injection'
import { focusedElement, pressUntilFocused } from './support/keyboard'
import { isButton } from './support/keyboard-steps'
import { useLanguage } from './support/language'
import { readApi, startScenario } from './support/seed-steps'
import { openInScenario } from './support/simulation'
import { reviewScreenshot } from './support/review-screenshot'

interface Listed {
  id: string
  description: string
  role: 'Root CA' | 'Intermediate CA'
  fingerprintSha256: string
}

/** The CA certificates as the API lists them: the names follow the simulated CA (src/mocks/pki). */
async function published(page: Parameters<typeof readApi>[0]) {
  const { items } = await readApi<{ items: Listed[] }>(page, 'sap-trust-center/certificates')
  const root = items.find((item) => item.role === 'Root CA')
  const intermediate = items.find((item) => item.role === 'Intermediate CA')
  expect(root).toBeDefined()
  expect(intermediate).toBeDefined()
  return { root: root!, intermediate: intermediate! }
}

test('opens from its tile, lists the root and the intermediate CA, and the downloaded root has the fingerprint shown', async ({
  page,
}) => {
  await startScenario(page, 'new-certificate-issued')
  const { root, intermediate } = await published(page)
  const trustCenter = new SapTrustCenterPage(page)

  await trustCenter.tile.click()
  await expect(trustCenter.heading).toBeVisible()
  await expect(page).toHaveURL(/#\/SapTrustCenter-display$/)
  await expect(trustCenter.dataRows).toHaveCount(2)
  await expect(trustCenter.row(root.description)).toContainText('Root CA')
  await expect(trustCenter.row(intermediate.description)).toContainText('Intermediate CA')
  await reviewScreenshot(page, 'sap-trust-center', { fullPage: true })

  const shown = (await trustCenter.fingerprint(root.description).textContent())?.trim()
  expect(shown).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
  await expect(trustCenter.fingerprint(intermediate.description)).not.toHaveText(shown!)

  const download = await trustCenter.download(root.description, 'pem')
  expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.pem$/)
  const pem = await trustCenter.text(download)
  expect(pem.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(1)
  const certificate = new X509Certificate(pem)
  expect(certificate.fingerprint256).toBe(shown)
  expect(certificate.ca).toBe(true)
  expect(certificate.subject).toContain(`CN=${root.description}`)
})

test('the Download menu works with the keyboard alone, and the focus comes back to its button', async ({
  page,
}) => {
  await startScenario(page, 'new-certificate-issued')
  const { intermediate } = await published(page)
  const trustCenter = new SapTrustCenterPage(page)
  await trustCenter.goto()
  await expect(trustCenter.row(intermediate.description)).toBeVisible()

  await pressUntilFocused(page, isButton(`Download ${intermediate.description}`))
  await page.keyboard.press('Enter')
  // The menu takes the focus a moment after the key; its first item is .pem.
  await expect.poll(async () => (await focusedElement(page)).role).toBe('menuitem')
  expect((await focusedElement(page)).name).toContain('(.pem)')
  await pressUntilFocused(page, (f) => f.role === 'menuitem' && f.name.includes('(.crt)'), {
    key: 'ArrowDown',
    max: 4,
  })
  const download = page.waitForEvent('download')
  await page.keyboard.press('Enter')
  expect((await download).suggestedFilename()).toMatch(/\.crt$/)
  await expect(trustCenter.formatItem('crt')).toBeHidden()
  await expect
    .poll(async () => (await focusedElement(page)).name)
    .toBe(`Download ${intermediate.description}`)

  const certificate = new X509Certificate(await trustCenter.text(await download))
  expect(certificate.fingerprint256).toBe(intermediate.fingerprintSha256)
})

test('in German: title, roles and the download formats', async ({ page }) => {
  await useLanguage(page, 'de')
  await startScenario(page, 'new-certificate-issued')
  const { root } = await published(page)
  const trustCenter = new SapTrustCenterPage(page, trustCenterTexts.de)
  await trustCenter.goto()
  await expect(trustCenter.heading).toBeVisible()
  await expect(trustCenter.row(root.description)).toContainText('Root-CA')
  await expect(trustCenter.dataRows.filter({ hasText: 'Zwischen-CA' })).toHaveCount(1)
  // German dates: the CA's Valid From as dd.mm.yyyy.
  await expect(trustCenter.row(root.description)).toContainText(/\d{2}\.\d{2}\.\d{4}/)
  await trustCenter.downloadButton(root.description).click()
  await expect(trustCenter.formatItem('der')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(trustCenter.formatItem('der')).toBeHidden()
})

test('a list that fails to load says why and loads again on Retry', async ({ page }) => {
  await failApiRequests(page, /api\/sap-trust-center\/certificates$/)
  await openInScenario(page, 'new-certificate-issued', 'SapTrustCenter-display')
  const trustCenter = new SapTrustCenterPage(page)
  // The query client retries a 5xx twice (1 s, 2 s) before it gives up.
  await expect(trustCenter.loadFailure).toContainText('The CA certificates could not be loaded', {
    timeout: 15_000,
  })
  await expect(trustCenter.loadFailure).toContainText('injected by the test')

  await stopFailing(page)
  await trustCenter.retryButton.click()
  await expect(trustCenter.dataRows).toHaveCount(2)
})

test('a failed download is explained above the table; the next one works', async ({ page }) => {
  await failApiRequests(
    page,
    /api\/sap-trust-center\/certificates\/[^/]+\/export/,
    'The download failed: injected by the test.',
  )
  await openInScenario(page, 'new-certificate-issued', 'SapTrustCenter-display')
  const { root } = await published(page)
  const trustCenter = new SapTrustCenterPage(page)
  await trustCenter.downloadButton(root.description).click()
  await trustCenter.formatItem('der').click()
  await expect(trustCenter.downloadFailure).toContainText(
    'The certificate could not be downloaded. The download failed: injected by the test.',
  )

  await stopFailing(page)
  const download = await trustCenter.download(root.description, 'der')
  expect(download.suggestedFilename()).toMatch(/\.cer$/)
  await expect(trustCenter.downloadFailure).toHaveCount(0)
  const certificate = new X509Certificate(await readFile(await download.path()))
  expect(certificate.fingerprint256).toBe(root.fingerprintSha256)
})
